import { useState } from 'react'
import type { DocumentFieldDefinition, DocumentFieldType } from '@core/shared/model/document-fields'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import { useT } from '../i18n/I18nProvider'
import { useActions, useProjectState } from '../store/context'
import '../styles/fields.css'
import { Dialog } from '../shared/Dialog'
import { fieldId, fromDraft, toDraft, type FieldDraft } from './field-drafts'

const TYPE_LABELS: Record<DocumentFieldType, MessageKey> = {
  choice: 'documents.fields.type.choice',
  'multi-choice': 'documents.fields.type.multiChoice',
  text: 'documents.fields.type.text',
  number: 'documents.fields.type.number'
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
  const { t } = useT()
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
      setMessage({ kind: 'info', text: t('documents.fields.saved') })
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message.replace(/^project\.setDocumentFields: /, '') : String(error) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <Dialog title={t('documents.fields')} onClose={onClose} className="schema-dialog fields-dialog">
      <p className="field-hint">{t('documents.fields.hint')}</p>
      {drafts.length === 0 && <p className="empty-hint">{t('documents.fields.none')}</p>}
      <ol className="schema-list">
        {drafts.map((draft, index) => {
          const base = `field-${index}`
          return (
            <li key={draft.id} className="schema-row field-row">
              <label htmlFor={`${base}-label`}>{t('documents.fields.label')}</label>
              <input id={`${base}-label`} dir="auto" value={draft.label} maxLength={80} onChange={(e) => change(index, { label: e.currentTarget.value })} />
              <label htmlFor={`${base}-type`}>{t('documents.fields.kind')}</label>
              <select id={`${base}-type`} value={draft.type} onChange={(e) => change(index, { type: e.currentTarget.value as DocumentFieldType })}>
                {(Object.keys(TYPE_LABELS) as DocumentFieldType[]).map((type) => (
                  <option key={type} value={type}>
                    {t(TYPE_LABELS[type])}
                  </option>
                ))}
              </select>
              {(draft.type === 'choice' || draft.type === 'multi-choice') && (
                <>
                  <label htmlFor={`${base}-values`}>{t('documents.fields.values', { field: draft.label || t('documents.fields.theField') })}</label>
                  <textarea id={`${base}-values`} dir="auto" rows={3} value={draft.values} onChange={(e) => change(index, { values: e.currentTarget.value })} />
                </>
              )}
              <label htmlFor={`${base}-description`}>{t('documents.fields.guideline', { field: draft.label || t('documents.fields.theField') })}</label>
              <textarea id={`${base}-description`} dir="auto" rows={2} value={draft.description} onChange={(e) => change(index, { description: e.currentTarget.value })} />
              <button type="button" onClick={() => setDrafts((all) => all.filter((_, i) => i !== index))}>
                {t('documents.fields.remove', { field: draft.label || t('documents.fields.unnamed') })}
              </button>
            </li>
          )
        })}
      </ol>
      <form className="schema-add" onSubmit={add} aria-label={t('documents.fields.add')}>
        <label>
          {t('documents.fields.new')}
          <input dir="auto" value={newLabel} maxLength={80} placeholder={t('documents.fields.newPlaceholder')} onChange={(e) => setNewLabel(e.currentTarget.value)} />
        </label>
        <label>
          {t('documents.fields.kind')}
          <select value={newType} onChange={(e) => setNewType(e.currentTarget.value as DocumentFieldType)}>
            {(Object.keys(TYPE_LABELS) as DocumentFieldType[]).map((type) => (
              <option key={type} value={type}>
                {t(TYPE_LABELS[type])}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!newLabel.trim()}>
          {t('documents.fields.addButton')}
        </button>
      </form>
      <div className="dialog-actions">
        {message && (
          <span role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'form-error' : 'form-ok'}>
            {message.text}
          </span>
        )}
        <button type="button" disabled={!dirty || saving} onClick={() => setDrafts(stored.map(toDraft))}>
          {t('documents.revert')}
        </button>
        <button type="button" className="primary" disabled={!dirty || saving} onClick={() => void save()}>
          {t('documents.fields.save')}
        </button>
      </div>
    </Dialog>
  )
}
