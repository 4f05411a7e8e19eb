import { useCallback, useEffect, useState } from 'react'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import type { BackupInfo } from '@core/shared/model/backups'
import { errorText } from '../api/client'
import { useT } from '../i18n/I18nProvider'
import { useClient } from '../store/context'
import { Dialog } from '../shared/Dialog'
import { RichMessage, userText } from '../i18n/user-text'

const REASONS: Partial<Record<string, MessageKey>> = {
  open: 'reliability.reason.open',
  auto: 'reliability.reason.auto',
  manual: 'reliability.reason.manual',
  'before-restore': 'reliability.reason.before-restore',
  'before-migration': 'reliability.reason.before-migration'
}

/** Snapshots can be minutes apart: their times are shown to the second. */
const SNAPSHOT_TIME: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' }
/** The core's schedule (core/store/project-backups.ts, backups.ts), which the intro describes. */
const SNAPSHOT_EVERY_MINUTES = 10
const SNAPSHOTS_KEPT = 20

interface BackupsDialogProps {
  onClose(): void
  /** A whole-project restore finished: the workbench reloads the project. */
  onRestored(): void
}

/** The project's rolling snapshots, newest first, each restorable; a restore snapshots the current state first. */
export function BackupsDialog({ onClose, onRestored }: BackupsDialogProps) {
  const translator = useT()
  const { t, number, dateTime } = translator
  const snapshotTime = (iso: string) => dateTime(iso, SNAPSHOT_TIME)
  /** A reason this version does not know (a newer Tessera's) is shown as stored. */
  const reasonText = (reason: string) => {
    const key = Object.hasOwn(REASONS, reason) ? REASONS[reason] : undefined
    return key ? t(key) : reason
  }
  const client = useClient()
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [confirming, setConfirming] = useState<BackupInfo | null>(null)
  const [restoring, setRestoring] = useState(false)
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null)

  const load = useCallback(() => {
    client.call('backups.list', {}).then(setBackups, (error: unknown) => setMessage({ kind: 'error', text: errorText(error, translator) }))
  }, [client, translator])
  useEffect(load, [load])

  async function backUpNow() {
    setRestoring(true)
    setMessage(null)
    try {
      const backup = await client.call('backups.create', {})
      setMessage({ kind: 'info', text: t('reliability.backups.backedUp', { count: backup.documentCount }) })
      load()
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error, translator) })
    } finally {
      setRestoring(false)
    }
  }

  async function restore(backup: BackupInfo) {
    setRestoring(true)
    setMessage(null)
    try {
      const { undo } = await client.call('backups.restore', { name: backup.name })
      setMessage({
        kind: 'info',
        text: t('reliability.backups.restored', { when: snapshotTime(backup.createdAt), undo: userText(translator, undo) })
      })
      onRestored()
      load()
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error, translator) })
    } finally {
      setRestoring(false)
      setConfirming(null)
    }
  }

  return (
    <Dialog title={t('reliability.backups.title')} onClose={onClose} className="backups-dialog">
      <p className="dialog-intro">
        <RichMessage
          id="reliability.backups.intro"
          values={{ minutes: SNAPSHOT_EVERY_MINUTES, kept: SNAPSHOTS_KEPT, code: (chunks) => <code>{chunks}</code> }}
        />
      </p>
      <div className="dialog-actions backups-actions">
        <button type="button" onClick={() => void backUpNow()} disabled={restoring}>
          {t('reliability.backups.backUpNow')}
        </button>
      </div>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'form-error' : 'form-ok'}>
          {message.text}
        </p>
      )}
      {confirming && (
        <div className="restore-confirm" role="group" aria-labelledby="restore-confirm-title">
          <p id="restore-confirm-title">
            <strong>{t('reliability.backups.confirmTitle', { when: snapshotTime(confirming.createdAt) })}</strong>
          </p>
          <p>
            {t('reliability.backups.confirmBody')}
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setConfirming(null)} disabled={restoring}>
              {t('reliability.backups.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void restore(confirming)} disabled={restoring}>
              {t(restoring ? 'reliability.backups.restoring' : 'reliability.backups.restoreThis')}
            </button>
          </div>
        </div>
      )}
      {backups === null ? (
        <p className="empty-hint">{t('reliability.backups.reading')}</p>
      ) : backups.length === 0 ? (
        <p className="empty-hint">{t('reliability.backups.none')}</p>
      ) : (
        <table className="backups-table">
          <thead>
            <tr>
              <th scope="col">{t('reliability.backups.taken')}</th>
              <th scope="col">{t('reliability.backups.why')}</th>
              <th scope="col">{t('reliability.backups.documents')}</th>
              <th scope="col">{t('reliability.backups.check')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('reliability.backups.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.name} aria-current={confirming?.name === backup.name ? 'true' : undefined}>
                <td>
                  <time dateTime={backup.createdAt}>{snapshotTime(backup.createdAt)}</time>
                </td>
                <td>{reasonText(backup.reason)}</td>
                <td className="number">{number(backup.documentCount, { useGrouping: false })}</td>
                <td>
                  <SnapshotCheck backup={backup} />
                </td>
                <td>
                  <button type="button" onClick={() => setConfirming(backup)} disabled={restoring || backup.verification === 'damaged'} aria-label={t('reliability.backups.restoreLabel', { when: snapshotTime(backup.createdAt) })}>
                    {t('reliability.backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  )
}

/** Whether the snapshot can be trusted: its checksums match, it predates checksums but every file parses, or what is damaged. */
function SnapshotCheck({ backup }: { backup: BackupInfo }) {
  const { t } = useT()
  if (backup.verification === 'verified') return <span title={t('reliability.check.verifiedTitle')}>{t('reliability.check.verified')}</span>
  if (backup.verification === 'unchecked') return <span title={t('reliability.check.uncheckedTitle')}>{t('reliability.check.unchecked')}</span>
  if (backup.verification === 'readable') return <span title={t('reliability.check.readableTitle')}>{t('reliability.check.readable')}</span>
  return (
    <details className="form-error">
      <summary>{t('reliability.check.damaged')}</summary>
      <ul>
        {backup.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </details>
  )
}
