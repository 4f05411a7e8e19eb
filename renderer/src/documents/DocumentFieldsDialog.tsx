import { useState } from 'react'
import type { DocumentFieldDefinition, DocumentFieldType } from '@core/shared/model/document-fields'
import { useActions, useProjectState } from '../store/context'
import '../styles/fields.css'
import { Dialog } from '../shared/Dialog'
import { fieldId, fromDraft, toDraft, type FieldDraft } from './field-drafts'

const TYPE_LABELS: Record<DocumentFieldType, string> = {
  choice: 'Choice (one value)',
  'multi-choice': 'Multi-choice (several values)',
  text: 'Text',
  number: 'Number'
}
const NO_FIELDS: readonly DocumentFieldDefinition[] = []

/**
 * The project's whole-article labels: each field's label, kind, values (one a line) and guideline.
 * Edited as a draft and saved at once: one undoable step, values a change no longer allows cleared
 * with it (the core says so by clearing them; Undo brings them back).
 */
export function DocumentFieldsDialog({ onClose }: { onClose(): void }) {
  const stored = useProjectState((state) => state.project?.documentFields ?? NO_FIELDS)
  const actions = useActions()
  const [drafts, setDrafts] = useState<FieldDraft[]>(() => stored.map(toDraft))
  const [newLabel, setNewLabel] = useState('')
  const [newType, setNewType] = useState<DocumentFieldType>('choice')
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null)
  const [saving, setSaving] = useState(false)
  const dirty = JSON.stringify(drafts.map(fromDraft)) !== JSON.stringify(stored)

  const change = (index: number, patch: Partial<FieldDraft>) => {
    setDrafts((all) => all.map((d, i) => (i === index ? { ...d, ...patch } : d)))
    setMessage(null)
  }

  function add(event: React.FormEvent) {
    event.preventDefault()
    const label = newLabel.trim()
    if (!label) return
    setDrafts((all) => [...all, { id: fieldId(label, all), label, type: newType, values: '', description: '' }])
    setNewLabel('')
    setMessage(null)
  }

  async function save() {
    setSaving(true)
    try {
      await actions.write('project.setDocumentFields', { fields: drafts.map(fromDraft) })
      setMessage({ kind: 'info', text: 'Saved. Undo takes this change back.' })
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message.replace(/^project\.setDocumentFields: /, '') : String(error) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <Dialog title="Document fields" onClose={onClose} className="schema-dialog fields-dialog">
      <p className="field-hint">Labels for a whole article (stance, framing, genre…), set in each document's details and exported in every format.</p>
      {drafts.length === 0 && <p className="empty-hint">No document fields yet.</p>}
      <ol className="schema-list">
        {drafts.map((draft, index) => {
          const base = `field-${index}`
          return (
            <li key={draft.id} className="schema-row field-row">
              <label htmlFor={`${base}-label`}>Label</label>
              <input id={`${base}-label`} dir="auto" value={draft.label} maxLength={80} onChange={(e) => change(index, { label: e.currentTarget.value })} />
              <label htmlFor={`${base}-type`}>Kind</label>
              <select id={`${base}-type`} value={draft.type} onChange={(e) => change(index, { type: e.currentTarget.value as DocumentFieldType })}>
                {(Object.keys(TYPE_LABELS) as DocumentFieldType[]).map((type) => (
                  <option key={type} value={type}>
                    {TYPE_LABELS[type]}
                  </option>
                ))}
              </select>
              {(draft.type === 'choice' || draft.type === 'multi-choice') && (
                <>
                  <label htmlFor={`${base}-values`}>Values of {draft.label || 'the field'}, one a line</label>
                  <textarea id={`${base}-values`} dir="auto" rows={3} value={draft.values} onChange={(e) => change(index, { values: e.currentTarget.value })} />
                </>
              )}
              <label htmlFor={`${base}-description`}>Guideline for {draft.label || 'the field'}</label>
              <textarea id={`${base}-description`} dir="auto" rows={2} value={draft.description} onChange={(e) => change(index, { description: e.currentTarget.value })} />
              <button type="button" onClick={() => setDrafts((all) => all.filter((_, i) => i !== index))}>
                Remove {draft.label || 'field'}
              </button>
            </li>
          )
        })}
      </ol>
      <form className="schema-add" onSubmit={add} aria-label="Add a document field">
        <label>
          New field
          <input dir="auto" value={newLabel} maxLength={80} placeholder="e.g. Stance toward the offensive" onChange={(e) => setNewLabel(e.currentTarget.value)} />
        </label>
        <label>
          Kind
          <select value={newType} onChange={(e) => setNewType(e.currentTarget.value as DocumentFieldType)}>
            {(Object.keys(TYPE_LABELS) as DocumentFieldType[]).map((type) => (
              <option key={type} value={type}>
                {TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!newLabel.trim()}>
          Add field
        </button>
      </form>
      <div className="dialog-actions">
        {message && (
          <span role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'form-error' : 'form-ok'}>
            {message.text}
          </span>
        )}
        <button type="button" disabled={!dirty || saving} onClick={() => setDrafts(stored.map(toDraft))}>
          Revert
        </button>
        <button type="button" className="primary" disabled={!dirty || saving} onClick={() => void save()}>
          Save fields
        </button>
      </div>
    </Dialog>
  )
}
