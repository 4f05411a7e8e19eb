import { useEffect, useState } from 'react'
import type { QuarantineEntry } from '@core/shared/model/backups'
import type { DocumentSummary } from '@core/shared/model/document'
import { errorText } from '../api/client'
import { useT } from '../i18n/I18nProvider'
import { useActions, useClient } from '../store/context'
import { RichMessage } from '../i18n/user-text'

interface QuarantineNoticeProps {
  documents: readonly DocumentSummary[]
  onRestored(documentId: string): void
}

/**
 * Documents whose file was damaged and moved to quarantine/ (at open): the file, why, and a way back
 * from the newest backup that has a readable copy. A document that reads again is no longer listed.
 */
export function QuarantineNotice({ documents, onRestored }: QuarantineNoticeProps) {
  const translator = useT()
  const { t, dateTime } = translator
  const client = useClient()
  const actions = useActions()
  const [entries, setEntries] = useState<QuarantineEntry[]>([])
  const [dismissed, setDismissed] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const damagedIds = documents.filter((document) => document.problem).map((document) => document.id)
  const damagedKey = damagedIds.join('\n')

  useEffect(() => {
    let current = true
    // Read again when another document turns out damaged (it is quarantined when first read).
    void client.call('quarantine.list', {}).then((list) => current && setEntries(list), () => undefined)
    return () => {
      current = false
    }
  }, [client, damagedKey])

  const damaged = new Set(damagedIds)
  // One entry per document still damaged: the newest file moved for it, its .json (which says what was wrong) before its journal.
  const shown = new Map<string, QuarantineEntry>()
  for (const entry of entries) {
    if (!entry.documentId || !damaged.has(entry.documentId)) continue
    const seen = shown.get(entry.documentId)
    if (!seen || (!seen.originalName.endsWith('.json') && entry.originalName.endsWith('.json'))) shown.set(entry.documentId, entry)
  }
  if (dismissed || shown.size === 0) return null

  async function restore(documentId: string) {
    setBusy(documentId)
    setFailure(null)
    try {
      await actions.write('backups.restoreDocument', { documentId })
      onRestored(documentId)
    } catch (error) {
      setFailure(errorText(error, translator))
    } finally {
      setBusy(null)
    }
  }

  const titles = new Map(documents.map((document) => [document.id, document.title]))
  return (
    <section className="reliability-notice quarantine" role="alert" aria-label={t('reliability.quarantine.label')}>
      <p>
        {t('reliability.quarantine.intro', { count: shown.size })}
      </p>
      <ul>
        {[...shown.values()].map((entry) => {
          const documentId = entry.documentId ?? ''
          return (
            <li key={entry.path}>
              <RichMessage
                id="reliability.quarantine.entry"
                values={{
                  file: <strong>{entry.originalName}</strong>,
                  title: <bdi>{titles.get(documentId) ?? documentId}</bdi>,
                  reason: <bdi>{entry.reason}</bdi>,
                  path: <code>{entry.path}</code>,
                  when: dateTime(entry.movedAt)
                }}
              />{' '}
              {entry.backup ? (
                <button type="button" disabled={busy !== null} onClick={() => void restore(documentId)}>
                  {busy === documentId ? t('reliability.quarantine.restoring') : t('reliability.quarantine.restore', { backup: entry.backup.slice(0, 10) })}
                </button>
              ) : (
                <span>{t('reliability.quarantine.noBackup')}</span>
              )}
            </li>
          )
        })}
      </ul>
      <div className="reliability-actions">
        {failure && <span className="reliability-failure">{failure}</span>}
        <button type="button" onClick={() => setDismissed(true)}>
          {t('reliability.quarantine.dismiss')}
        </button>
      </div>
    </section>
  )
}
