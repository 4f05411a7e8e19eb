import { useState } from 'react'
import type { DocumentStatus } from '@core/shared/model/document'
import { useActions } from '../store/context'
import { STATUS_LABELS } from './document-view'

interface StatusControlProps {
  documentId: string
  status: DocumentStatus
}

/** The open document's status: not started, in progress (set by the first annotation too) or done. */
export function StatusControl({ documentId, status }: StatusControlProps) {
  const actions = useActions()
  const [pending, setPending] = useState(false)
  function onChange(next: DocumentStatus) {
    setPending(true)
    void actions.setStatus(documentId, next).finally(() => setPending(false))
  }
  return (
    <div className="status-control">
      <label htmlFor="document-status">Status</label>
      <select id="document-status" value={status} onChange={(event) => onChange(event.target.value as DocumentStatus)}>
        {(Object.keys(STATUS_LABELS) as DocumentStatus[]).map((value) => (
          <option dir="auto" key={value} value={value}>
            {STATUS_LABELS[value]}
          </option>
        ))}
      </select>
      {pending && <span className="field-status">Saving…</span>}
    </div>
  )
}
