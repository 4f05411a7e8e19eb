import { useEffect, useRef, useState } from 'react'
import type { Entity } from '@core/shared/model/entity'
import { Combobox, type ComboboxOption } from './Combobox'
import { useT } from '../i18n/I18nProvider'
import { useClient } from '../store/context'
import { bdi, keyed } from '../i18n/user-text'
import { nameList } from './name-list'

/**
 * A combobox of the other entities of the same type; choosing one asks first ("Merge ‘A’ into ‘B’?"),
 * and only the confirming button merges this entity into it (a pick from a list is too easy to make by accident).
 */
export function EntityMergeField({ entity, disabled, onMerge }: { entity: Entity; disabled: boolean; onMerge(targetId: string, targetName: string): void }) {
  const client = useClient()
  const translator = useT()
  const { t } = translator
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Entity[]>([])
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null)
  const confirmButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    let current = true
    client.call('entities.list', { query: query.trim() || undefined, type: entity.type, limit: 9 }).then(
      (entities) => current && setFound(entities.filter((e) => e.id !== entity.id).slice(0, 8)),
      () => undefined
    )
    return () => {
      current = false
    }
  }, [client, query, entity.id, entity.type])
  useEffect(() => {
    if (chosen) confirmButton.current?.focus()
  }, [chosen])
  const options: ComboboxOption[] = found.map((e) => ({ id: e.id, label: e.name, detail: e.aliases.length > 0 ? t('entities.also', { aliases: nameList(translator, e.aliases) }) : undefined }))
  return (
    <div className="entity-merge">
      <Combobox
        id="entity-merge"
        label={t('entities.merge.label')}
        value={query}
        placeholder={t('entities.merge.placeholder')}
        options={options}
        emptyText={t('entities.merge.empty')}
        disabled={disabled}
        onInputChange={setQuery}
        onChoose={(option) => {
          // The field empties: the question below names the choice, and typing again starts a new search.
          setQuery('')
          setChosen({ id: option.id, name: option.label })
        }}
      />
      {chosen && (
        <div className="entity-merge-confirm" role="group" aria-label={t('entities.merge.confirmLabel')}>
          <span>{keyed(translator.rich('entities.merge.question', { source: entity.name, target: chosen.name, bdi }))}</span>
          <button
            ref={confirmButton}
            type="button"
            className="danger"
            disabled={disabled}
            onClick={() => {
              setChosen(null)
              onMerge(chosen.id, chosen.name)
            }}
          >
            {t('entities.merge.button')}
          </button>
          <button
            type="button"
            onClick={() => {
              setChosen(null)
              window.document.getElementById('entity-merge')?.focus()
            }}
          >
            {t('entities.merge.cancel')}
          </button>
        </div>
      )}
    </div>
  )
}
