import { Children, useEffect, useRef, useState, type ReactNode } from 'react'
import type { DocumentSummary } from '@core/shared/model/document'
import { useT } from '../i18n/I18nProvider'
import { Dialog } from '../shared/Dialog'
import { annotationsGoing } from './deletion-words'

interface DeleteDocumentsDialogProps {
  documents: readonly DocumentSummary[]
  /** Resolves once the core has answered (the dialog stays open, its buttons disabled, meanwhile). */
  onConfirm(): Promise<void>
  onClose(): void
}

/** "Delete 2 documents and their 14 annotations?": what goes, in numbers, before anything goes. */
export function DeleteDocumentsDialog({ documents, onConfirm, onClose }: DeleteDocumentsDialogProps) {
  const confirm = useRef<HTMLButtonElement>(null)
  const [working, setWorking] = useState(false)
  // After the dialog's own showModal has placed focus (on its first button, the ×): the action is the one asked for.
  useEffect(() => {
    const frame = requestAnimationFrame(() => confirm.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [])
  const translator = useT()
  const { t, rich } = translator
  const single = documents.length === 1 ? documents[0] : undefined
  const title = t('documents.delete.title', { count: documents.length })
  const question = single ? Children.toArray(rich<ReactNode>('documents.delete.askOne', { title: <bdi>{single.title}</bdi> })) : t('documents.delete.askMany', { count: documents.length })
  return (
    <Dialog title={title} onClose={onClose} canClose={!working} className="delete-documents-dialog">
      <p>
        {question} {annotationsGoing(documents, translator)}
      </p>
      {!single && (
        <ul className="delete-documents-titles">
          {documents.slice(0, 8).map((d) => (
            <li key={d.id} dir="auto">
              <bdi>{d.title}</bdi>
            </li>
          ))}
          {documents.length > 8 && <li>{t('documents.delete.more', { count: documents.length - 8 })}</li>}
        </ul>
      )}
      <p className="dialog-hint">{t('documents.delete.hint')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={working}>
          {t('common.cancel')}
        </button>
        <button
          ref={confirm}
          type="button"
          className="danger-solid"
          disabled={working}
          onClick={() => {
            setWorking(true)
            void onConfirm().finally(() => setWorking(false))
          }}
        >
          {title}
        </button>
      </div>
    </Dialog>
  )
}
