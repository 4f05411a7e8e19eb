import type { DocumentStatus } from '@core/model/document'
import { STATUS_LABELS } from '../documents/document-view'

export { STATUS_LABELS }

interface StatusControlProps {
  status: DocumentStatus
  pending: boolean
  onChange(status: DocumentStatus): void
}

/** The open document's status: not started, in progress (set by the first annotation too) or done. */
export function StatusControl({ status, pending, onChange }: StatusControlProps) {
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
