import { useEffect, useRef, useState } from 'react'
import type { DocumentSummary } from '@core/shared/model/document'
import { Dialog } from '../shared/Dialog'
import { annotationsGoing, counted } from './deletion-words'

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
  const single = documents.length === 1 ? documents[0] : undefined
  return (
    <Dialog title={single ? 'Delete document' : `Delete ${counted(documents.length, 'document')}`} onClose={onClose} canClose={!working} className="delete-documents-dialog">
      <p>
        Delete {single ? <>‘<bdi>{single.title}</bdi>’</> : counted(documents.length, 'document')}? {annotationsGoing(documents)}
      </p>
      {!single && (
        <ul className="delete-documents-titles">
          {documents.slice(0, 8).map((d) => (
            <li key={d.id} dir="auto">
              <bdi>{d.title}</bdi>
            </li>
          ))}
          {documents.length > 8 && <li>… and {counted(documents.length - 8, 'more document')}</li>}
        </ul>
      )}
      <p className="dialog-hint">Their relations and entity links go with them; the entities stay. Undo brings it all back.</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={working}>
          Cancel
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
          {single ? 'Delete document' : `Delete ${counted(documents.length, 'document')}`}
        </button>
      </div>
    </Dialog>
  )
}
