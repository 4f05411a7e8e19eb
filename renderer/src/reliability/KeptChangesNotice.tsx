import { useEffect, useState } from 'react'
import { UNSAVED_RETRY_EVERY_MS, type UnsavedChange } from '@core/shared/model/backups'
import type { DocumentSummary } from '@core/shared/model/document'
import { say } from '@core/shared/i18n/said'
import { errorText } from '../api/client'
import { useT } from '../i18n/I18nProvider'
import { useActions, useClient } from '../store/context'
import { RichMessage } from '../i18n/user-text'

/**
 * Changes whose write failed and that the core keeps in memory: named, per document, with why, until the
 * core reports them saved. Stays until then (it cannot be dismissed: the work is not on disk).
 */
export function KeptChangesNotice({ documents }: { documents: readonly DocumentSummary[] }) {
  const translator = useT()
  const { t } = translator
  const client = useClient()
  const actions = useActions()
  const [pending, setPending] = useState<UnsavedChange[]>([])
  const [retrying, setRetrying] = useState(false)
  const [retryFailure, setRetryFailure] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    void client.call('saves.pending', {}).then((list) => current && setPending(list), () => undefined)
    const stop = client.on('saves.changed', ({ pending: list }) => setPending(list))
    return () => {
      current = false
      stop()
    }
  }, [client])

  if (pending.length === 0) return null
  const titles = new Map(documents.map((document) => [document.id, document.title]))
  const byDocument = new Map<string, UnsavedChange[]>()
  for (const change of pending) byDocument.set(change.documentId, [...(byDocument.get(change.documentId) ?? []), change])
  const seconds = UNSAVED_RETRY_EVERY_MS / 1000

  async function retry() {
    setRetrying(true)
    setRetryFailure(null)
    try {
      const { remaining } = await actions.write('saves.retry', {})
      if (remaining > 0) setRetryFailure(t('reliability.kept.stillNotSaved', { count: remaining }))
    } catch (error) {
      setRetryFailure(errorText(error, translator))
    } finally {
      setRetrying(false)
    }
  }

  return (
    <section className="reliability-notice kept-changes" role="alert" aria-label={t('reliability.kept.label')}>
      <ul>
        {[...byDocument].map(([documentId, changes]) => {
          const last = changes[changes.length - 1]
          return (
            <li key={documentId}>
              <RichMessage
                id="reliability.kept.couldNotSave"
                values={{ count: changes.length, title: <bdi>{titles.get(documentId) ?? documentId}</bdi>, reason: <bdi>{last && say(translator, last.said)}</bdi> }}
              />
              {last?.errno && ` (${last.errno})`}
            </li>
          )
        })}
      </ul>
      <p>
        {t('reliability.kept.inMemory', { count: pending.length, seconds })}
      </p>
      <div className="reliability-actions">
        {retryFailure && <span className="reliability-failure">{retryFailure}</span>}
        <button type="button" className="primary" disabled={retrying} onClick={() => void retry()}>
          {t(retrying ? 'reliability.kept.retrying' : 'reliability.kept.retry')}
        </button>
      </div>
    </section>
  )
}
