import { useEffect, useState } from 'react'
import type { CountedValue } from '@core/shared/model/views'
import { Combobox, type ComboboxOption } from '../entities/Combobox'
import { useClient, useProjectState } from '../store/context'
import { useDebouncedSave } from '../store/use-debounced-save'
import { countedOptions, nearDuplicates } from './counted-options'
import { useT } from '../i18n/I18nProvider'

interface CountedFieldProps {
  documentId: string
  annotationId: string
  label: string
  value: string | undefined
  /** Writes the value (null clears it); resolves true once it is on disk. */
  onSave(value: string | null): Promise<boolean>
}

/**
 * A Figure's "What is counted": a combobox of the values the project's figures already use (new values
 * allowed), saved as the user types; a value spelled otherwise than an existing one ("Militants Killed"
 * beside "militants killed") is pointed out with a button to use the existing spelling, so the Figures
 * view does not split one thing in two.
 */
export function CountedField({ documentId, annotationId, label, value, onSave }: CountedFieldProps) {
  const client = useClient()
  const translator = useT()
  const { t, rich } = translator
  const [draft, setDraft] = useState(value ?? '')
  const { schedule, pending } = useDebouncedSave(onSave, () => setDraft(value ?? ''))
  // A change from elsewhere (undo, redo, another window) shows at once, unless the user's own edit is on its way.
  const [shown, setShown] = useState(value ?? '')
  if ((value ?? '') !== shown && !pending) {
    setShown(value ?? '')
    setDraft(value ?? '')
  }
  const [values, setValues] = useState<CountedValue[]>([])
  const changes = useProjectState((state) => state.changesVersion)
  const [opened, setOpened] = useState(0)
  useEffect(() => {
    let current = true
    client.call('views.countedValues', { except: { documentId, annotationId } }).then(
      (found) => current && setValues(found),
      () => undefined
    )
    return () => {
      current = false
    }
  }, [client, changes, opened, documentId, annotationId])

  const options = countedOptions(draft, values, translator)
  const near = nearDuplicates(draft, values)[0]

  function write(text: string) {
    setDraft(text)
    schedule(text.trim() === '' ? null : text)
  }

  return (
    <div className="counted-field">
      <Combobox
        id="attribute-counted"
        label={label}
        value={draft}
        placeholder={t('annotations.counted.placeholder')}
        options={options.map((o): ComboboxOption => ({ id: o.id, label: o.label, detail: o.detail }))}
        emptyText={t('annotations.counted.noValues')}
        describedBy={near ? 'counted-near-duplicate' : undefined}
        onInputChange={write}
        onOpen={() => setOpened((n) => n + 1)}
        onChoose={(option) => {
          const chosen = options.find((o) => o.id === option.id)
          if (chosen) write(chosen.value)
        }}
      />
      {near && (
        <p id="counted-near-duplicate" className="counted-near">
          {rich('annotations.counted.near', {
            counted: near.counted,
            count: near.count,
            value: (chunks) => <bdi key="counted">{chunks}</bdi>
          })}{' '}
          <button type="button" onClick={() => write(near.counted)}>
            {t('annotations.counted.useNear', { counted: near.counted })}
          </button>
        </p>
      )}
      <span className="field-status" aria-live="polite">
        {pending ? t('annotations.saving') : ''}
      </span>
    </div>
  )
}

/** The Figure tag's text attribute `counted` is edited with the combobox; every other attribute as typed. */
export function isCountedField(tagId: string, definition: { id: string; type: string }): boolean {
  return tagId === 'figure' && definition.id === 'counted' && definition.type === 'text'
}
