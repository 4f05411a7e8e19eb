import { useState } from 'react'
import type { DocumentFieldDefinition, DocumentFieldValue } from '@core/shared/model/document-fields'
import { useT } from '../i18n/I18nProvider'
import { useActions, useProjectState } from '../store/context'
import '../styles/fields.css'
import { Guideline } from '../tags/Guideline'

const NO_FIELDS: readonly DocumentFieldDefinition[] = []

/**
 * The document's whole-article labels (Menu ▸ Document fields… defines them): a choice is a menu, a
 * multi-choice a group of checkboxes, text and numbers are saved when the field is left. A value shows
 * as pending ("Saving…") until the core has it written; a refused value goes back to the stored one.
 */
export function DocumentFieldsForm({ documentId }: { documentId: string }) {
  const definitions = useProjectState((state) => state.project?.documentFields ?? NO_FIELDS)
  const stored = useProjectState((state) => state.documents.find((d) => d.id === documentId)?.fields)
  const actions = useActions()
  const [pending, setPending] = useState<Record<string, DocumentFieldValue | null>>({})
  const { t } = useT()
  if (definitions.length === 0) return null

  async function save(fieldId: string, value: DocumentFieldValue | null) {
    setPending((p) => ({ ...p, [fieldId]: value }))
    await actions.setDocumentField(documentId, fieldId, value)
    setPending((p) => Object.fromEntries(Object.entries(p).filter(([id]) => id !== fieldId)))
  }

  return (
    <section className="document-fields" aria-labelledby="document-fields-title">
      <h3 id="document-fields-title" className="document-fields-title">
        {t('documents.labels')}
      </h3>
      <div className="details-form">
        {definitions.map((definition) => {
          const value = definition.id in pending ? (pending[definition.id] ?? undefined) : stored?.[definition.id]
          return (
            <FieldControl
              key={`${definition.id}:${JSON.stringify(stored?.[definition.id] ?? null)}`}
              definition={definition}
              value={value}
              pending={definition.id in pending}
              onSave={(next) => void save(definition.id, next)}
            />
          )
        })}
      </div>
    </section>
  )
}

interface FieldControlProps {
  definition: DocumentFieldDefinition
  value: DocumentFieldValue | undefined
  pending: boolean
  onSave(value: DocumentFieldValue | null): void
}

function FieldControl({ definition, value, pending, onSave }: FieldControlProps) {
  const { t } = useT()
  const id = `document-field-${definition.id}`
  const hint = definition.description ? `${id}-hint` : undefined
  const status = pending ? <span className="field-pending">{t('documents.saving')}</span> : null
  if (definition.type === 'multi-choice') {
    const chosen = Array.isArray(value) ? value : []
    return (
      <fieldset className="field-choices" aria-describedby={hint}>
        <legend>
          <bdi>{definition.label}</bdi> {status}
        </legend>
        {definition.values.map((option) => (
          <label key={option} className="field-choice" dir="auto">
            <input
              type="checkbox"
              checked={chosen.includes(option)}
              onChange={(event) => onSave(event.currentTarget.checked ? [...chosen, option] : chosen.filter((v) => v !== option))}
            />
            {option}
          </label>
        ))}
        {hint && <Hint id={hint} text={definition.description ?? ''} />}
      </fieldset>
    )
  }
  return (
    <>
      <label htmlFor={id}>
        <bdi>{definition.label}</bdi> {status}
      </label>
      <div>
        {definition.type === 'choice' ? (
          <select id={id} aria-describedby={hint} value={typeof value === 'string' ? value : ''} onChange={(event) => onSave(event.currentTarget.value || null)}>
            <option value="">{t('documents.labels.notSet')}</option>
            {definition.values.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        ) : (
          <TypedInput id={id} hint={hint} number={definition.type === 'number'} value={value} onSave={onSave} />
        )}
        {hint && <Hint id={hint} text={definition.description ?? ''} />}
      </div>
    </>
  )
}

/** Text or a number, saved when the field is left (or Enter in a number); a number that does not read stays unsaved and says so. */
function TypedInput({ id, hint, number, value, onSave }: { id: string; hint?: string; number: boolean; value: DocumentFieldValue | undefined; onSave(value: DocumentFieldValue | null): void }) {
  const { t } = useT()
  const shown = value === undefined || Array.isArray(value) ? '' : String(value)
  const [draft, setDraft] = useState(shown)
  const parsed = number && draft.trim() !== '' ? Number(draft.replace(/,/g, '')) : null
  const invalid = parsed !== null && !Number.isFinite(parsed)
  const commit = () => {
    if (draft === shown || invalid) return
    onSave(draft.trim() === '' ? null : number ? parsed : draft)
  }
  const describedBy = [hint, invalid ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined
  return (
    <>
      {number ? (
        <input
          id={id}
          inputMode="decimal"
          value={draft}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit()
          }}
        />
      ) : (
        <textarea id={id} dir="auto" rows={2} value={draft} aria-describedby={describedBy} onChange={(event) => setDraft(event.currentTarget.value)} onBlur={commit} />
      )}
      {invalid && (
        <span id={`${id}-error`} className="details-error">
          {t('documents.labels.notANumber')}
        </span>
      )}
    </>
  )
}

function Hint({ id, text }: { id: string; text: string }) {
  return <Guideline id={id} text={text} className="field-hint" />
}
