import { useState } from 'react'
import type { AttributeDefinition, AttributeValue } from '@core/shared/model/attributes'
import { useDebouncedSave } from '../store/use-debounced-save'
import { useT } from '../i18n/I18nProvider'
import { typedNumber } from './typed-number'

interface AttributeFieldProps {
  definition: AttributeDefinition
  value: AttributeValue | undefined
  /** Writes the value (null clears it); resolves true once it is on disk, false when it failed (and was reported). */
  onSave(value: AttributeValue | null): Promise<boolean>
}

/** One typed attribute: text, number, choice or flag, saved as the user types (debounced). */
export function AttributeField({ definition, value, onSave }: AttributeFieldProps) {
  const { t } = useT()
  const [draft, setDraft] = useState(value === undefined ? '' : String(value))
  // A failed save rolls the field back to the stored value (the notice says it was not saved).
  const { schedule, pending } = useDebouncedSave(onSave, () => setDraft(value === undefined ? '' : String(value)))
  // A change from elsewhere (undo, redo, another window) shows at once, unless the user's own edit is on its way.
  const stored = value === undefined ? '' : String(value)
  const [shown, setShown] = useState(stored)
  if (stored !== shown && !pending) {
    setShown(stored)
    setDraft(stored)
  }
  const [invalid, setInvalid] = useState(false)
  const id = `attribute-${definition.id}`
  const status = (
    <span className="field-status" aria-live="polite">
      {invalid ? t('annotations.notANumber') : pending ? t('annotations.saving') : ''}
    </span>
  )

  if (definition.type === 'flag') {
    return (
      <div className="field field-flag">
        <input
          id={id}
          type="checkbox"
          checked={draft === 'true'}
          onChange={(event) => {
            setDraft(String(event.target.checked))
            schedule(event.target.checked)
          }}
        />
        <label htmlFor={id}>
        <bdi>{definition.label}</bdi>
      </label>
        {status}
      </div>
    )
  }

  return (
    <div className="field">
      <label htmlFor={id}>
        <bdi>{definition.label}</bdi>
      </label>
      {definition.type === 'choice' ? (
        <select
          id={id}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value)
            schedule(event.target.value === '' ? null : event.target.value)
          }}
        >
          <option value="">—</option>
          {definition.values.map((choice) => (
            <option dir="auto" key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      ) : (
        <input dir="auto"
          id={id}
          type="text"
          inputMode={definition.type === 'number' ? 'decimal' : undefined}
          value={draft}
          onChange={(event) => {
            const text = event.target.value
            setDraft(text)
            if (definition.type === 'text') {
              schedule(text === '' ? null : text)
              return
            }
            const number = typedNumber(text)
            const ok = text.trim() === '' || number !== null
            setInvalid(!ok)
            if (ok) schedule(number)
          }}
        />
      )}
      {status}
    </div>
  )
}
