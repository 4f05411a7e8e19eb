import { useState } from 'react'
import type { DocumentStatus } from '@core/shared/model/document'
import { useT } from '../i18n/I18nProvider'
import { useActions } from '../store/context'
import { STATUS_MESSAGES } from './document-view'

interface StatusControlProps {
  documentId: string
  status: DocumentStatus
}

/** The open document's status: not started, in progress (set by the first annotation too) or done. */
export function StatusControl({ documentId, status }: StatusControlProps) {
  const actions = useActions()
  const { t } = useT()
  const [pending, setPending] = useState(false)
  function onChange(next: DocumentStatus) {
    setPending(true)
    void actions.setStatus(documentId, next).finally(() => setPending(false))
  }
  return (
    <div className="status-control">
      <label htmlFor="document-status">{t('documents.status')}</label>
      <select id="document-status" value={status} onChange={(event) => onChange(event.target.value as DocumentStatus)}>
        {(Object.keys(STATUS_MESSAGES) as DocumentStatus[]).map((value) => (
          <option dir="auto" key={value} value={value}>
            {t(STATUS_MESSAGES[value])}
          </option>
        ))}
      </select>
      {pending && <span className="field-status">{t('documents.saving')}</span>}
    </div>
  )
}
