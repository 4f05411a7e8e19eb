import { useEffect, useRef, useState } from 'react'
import type { Entity } from '@core/shared/model/entity'
import { Combobox, type ComboboxOption } from './Combobox'
import { useClient } from '../store/context'

/**
 * A combobox of the other entities of the same type; choosing one asks first ("Merge ‘A’ into ‘B’?"),
 * and only the confirming button merges this entity into it (a pick from a list is too easy to make by accident).
 */
export function EntityMergeField({ entity, disabled, onMerge }: { entity: Entity; disabled: boolean; onMerge(targetId: string, targetName: string): void }) {
  const client = useClient()
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
  const options: ComboboxOption[] = found.map((e) => ({ id: e.id, label: e.name, detail: e.aliases.length > 0 ? `also ${e.aliases.join(', ')}` : undefined }))
  return (
    <div className="entity-merge">
      <Combobox
        id="entity-merge"
        label="Merge into"
        value={query}
        placeholder="Another entity: this one's mentions move there"
        options={options}
        emptyText="No other entity of this type matches."
        disabled={disabled}
        onInputChange={setQuery}
        onChoose={(option) => {
          // The field empties: the question below names the choice, and typing again starts a new search.
          setQuery('')
          setChosen({ id: option.id, name: option.label })
        }}
      />
      {chosen && (
        <div className="entity-merge-confirm" role="group" aria-label="Confirm merge">
          <span>
            Merge ‘<bdi>{entity.name}</bdi>’ into ‘<bdi>{chosen.name}</bdi>’? Its mentions and aliases move there and ‘<bdi>{entity.name}</bdi>’ goes.
          </span>
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
            Merge
          </button>
          <button
            type="button"
            onClick={() => {
              setChosen(null)
              window.document.getElementById('entity-merge')?.focus()
            }}
          >
            Cancel
          </button>
        </div>
      )}
    </div>
  )
}
