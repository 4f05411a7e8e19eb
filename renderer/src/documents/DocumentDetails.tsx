import { useState } from 'react'
import type { DocumentMetadata } from '@core/shared/model/document'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import { useT } from '../i18n/I18nProvider'
import { useActions, useProjectState } from '../store/context'
import { DocumentFieldsForm } from './DocumentFieldsForm'

type Fields = { title: string; source: string; author: string; date: string; url: string; language: string }

const FIELDS: { key: keyof Fields; label: MessageKey; type?: string; placeholder?: MessageKey | 'https://…' }[] = [
  { key: 'title', label: 'documents.details.title' },
  { key: 'source', label: 'documents.details.source', placeholder: 'documents.details.sourcePlaceholder' },
  { key: 'author', label: 'documents.details.author' },
  { key: 'date', label: 'documents.details.date', type: 'date' },
  { key: 'url', label: 'documents.details.url', type: 'url', placeholder: 'https://…' },
  { key: 'language', label: 'documents.details.language', placeholder: 'documents.details.languagePlaceholder' }
]

function sameFields(a: Fields, b: Fields): boolean {
  return FIELDS.every(({ key }) => a[key] === b[key])
}

function fieldsOf(metadata: DocumentMetadata): Fields {
  return { title: metadata.title, source: metadata.source, author: metadata.author, date: metadata.date ?? '', url: metadata.url, language: metadata.language }
}

/**
 * The document details form: title, outlet, author, date, URL and language, editable. "Saved" is shown
 * only once the core reports the change written; a refused or failed save keeps the form's values and
 * says why, and the stored values stay as they were.
 */
export function DocumentDetails({
  documentId,
  metadata,
  open,
  onToggle
}: {
  documentId: string
  metadata: DocumentMetadata
  /** Open or closed for every document alike: opening the next article keeps the details as the user left them. */
  open: boolean
  onToggle: (open: boolean) => void
}) {
  const actions = useActions()
  const { t } = useT()
  const [stored, setStored] = useState<Fields>(() => fieldsOf(metadata))
  const [draft, setDraft] = useState<Fields>(stored)
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; message?: string }>({ kind: 'idle' })

  // Undo, redo or another window changed the details: show what the store holds, unless the user is
  // editing the form, whose draft then stays (and reads as unsaved against the new stored values).
  const listed = useProjectState((state) => state.documents.find((d) => d.id === documentId))
  const [shown, setShown] = useState(listed)
  if (listed && listed !== shown) {
    setShown(listed)
    const now = fieldsOf(listed)
    if (!sameFields(now, stored)) {
      if (sameFields(draft, stored)) setDraft(now)
      setStored(now)
    }
  }

  const dirty = FIELDS.some(({ key }) => draft[key] !== stored[key])

  async function save(event: React.FormEvent) {
    event.preventDefault()
    const changes: Record<string, string | null> = {}
    for (const { key } of FIELDS) if (draft[key] !== stored[key]) changes[key] = key === 'date' ? draft.date || null : draft[key]
    setState({ kind: 'saving' })
    try {
      const summary = await actions.write('documents.updateMetadata', { documentId, changes })
      const next = fieldsOf(summary)
      setStored(next)
      setDraft(next)
      setState({ kind: 'saved' })
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message.replace(/^documents\.updateMetadata: (changes\.)?/, '') : String(error) })
    }
  }

  return (
    <>
      <details className="document-details" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
        <summary>{t('documents.details')}</summary>
        <form className="details-form" onSubmit={(e) => void save(e)} aria-label={t('documents.details')}>
          {FIELDS.map(({ key, label, type, placeholder }) => (
            <FieldRow key={key} id={`details-${key}`} label={t(label)}>
              <input
                id={`details-${key}`}
                type={type ?? 'text'}
                value={draft[key]}
                placeholder={placeholder === 'https://…' || placeholder === undefined ? placeholder : t(placeholder)}
                dir="auto"
                onChange={(e) => {
                  const value = e.currentTarget.value
                  setDraft((d) => ({ ...d, [key]: value }))
                  setState({ kind: 'idle' })
                }}
              />
            </FieldRow>
          ))}
          <div className="details-actions">
            <span className={`details-status${state.kind === 'error' ? ' details-error' : ''}`} role={state.kind === 'error' ? 'alert' : 'status'}>
              {state.kind === 'saving'
                ? t('documents.saving')
                : state.kind === 'saved'
                  ? t('documents.details.saved')
                  : state.kind === 'error'
                    ? t('documents.details.notSaved', { reason: state.message ?? '' })
                    : dirty
                      ? t('documents.details.unsaved')
                      : ''}
            </span>
            <button type="button" disabled={!dirty || state.kind === 'saving'} onClick={() => setDraft(stored)}>
              {t('documents.revert')}
            </button>
            <button type="submit" className="primary" disabled={!dirty || state.kind === 'saving'}>
              {t('documents.details.save')}
            </button>
          </div>
        </form>
      </details>
      <DocumentFieldsForm documentId={documentId} />
    </>
  )
}

function FieldRow({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <>
        <label htmlFor={id}>{label}</label>
        {children}
    </>
  )
}
