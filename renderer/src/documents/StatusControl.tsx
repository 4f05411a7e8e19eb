import { useState } from 'react'
import type { DocumentStatus } from '@core/model/document'
import type { ApiClient } from '../api/client'
import { STATUS_LABELS } from './document-view'

interface StatusControlProps {
  client: ApiClient
  documentId: string
  status: DocumentStatus
  onError(error: unknown): void
}

/** The open document's status: not started, in progress (set by the first annotation too) or done. */
export function StatusControl({ client, documentId, status, onError }: StatusControlProps) {
  const [pending, setPending] = useState(false)
  function onChange(next: DocumentStatus) {
    setPending(true)
    client
      .call('documents.setStatus', { documentId, status: next })
      .then(() => undefined, onError)
      .finally(() => setPending(false))
  }
  return (
    <div className="status-control">
      <label htmlFor="document-status">Status</label>
      <select id="document-status" value={status} onChange={(event) => onChange(event.target.value as DocumentStatus)}>
        {(Object.keys(STATUS_LABELS) as DocumentStatus[]).map((value) => (
          <option key={value} value={value}>
            {STATUS_LABELS[value]}
          </option>
        ))}
      </select>
      {pending && <span className="field-status">Saving…</span>}
    </div>
  )
}
