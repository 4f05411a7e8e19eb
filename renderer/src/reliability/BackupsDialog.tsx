import { useCallback, useEffect, useState } from 'react'
import type { BackupInfo } from '@core/shared/model/backups'
import { useClient } from '../store/context'
import { Dialog } from '../shared/Dialog'

const REASONS: Record<string, string> = {
  open: 'When the project was opened',
  auto: 'While you worked',
  manual: 'Backed up by hand',
  'before-restore': 'Before a restore',
  'before-migration': 'Before a format upgrade'
}

const timeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' })

function formatSnapshotTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date)
}

interface BackupsDialogProps {
  onClose(): void
  /** A whole-project restore finished: the workbench reloads the project. */
  onRestored(): void
}

/** The project's rolling snapshots, newest first, each restorable; a restore snapshots the current state first. */
export function BackupsDialog({ onClose, onRestored }: BackupsDialogProps) {
  const client = useClient()
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [confirming, setConfirming] = useState<BackupInfo | null>(null)
  const [restoring, setRestoring] = useState(false)
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null)

  const load = useCallback(() => {
    client.call('backups.list', {}).then(setBackups, (error: unknown) => setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) }))
  }, [client])
  useEffect(load, [load])

  async function backUpNow() {
    setRestoring(true)
    setMessage(null)
    try {
      const backup = await client.call('backups.create', {})
      setMessage({ kind: 'info', text: `Backed up ${backup.documentCount} ${backup.documentCount === 1 ? 'document' : 'documents'}.` })
      load()
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) })
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
        text: `Restored the project as it was on ${formatSnapshotTime(backup.createdAt)}. The state before the restore was kept as ${undo}: restore it to undo this.`
      })
      onRestored()
      load()
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) })
    } finally {
      setRestoring(false)
      setConfirming(null)
    }
  }

  return (
    <Dialog title="Backups" onClose={onClose} className="backups-dialog">
      <p className="dialog-intro">
        Tessera snapshots the project when it opens and every 10 minutes while you work, keeping the last 20 and one a day for a week. Snapshots live in the
        project’s <code>backups</code> folder.
      </p>
      <div className="dialog-actions backups-actions">
        <button type="button" onClick={() => void backUpNow()} disabled={restoring}>
          Back up now
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
            <strong>Restore the whole project as it was on {formatSnapshotTime(confirming.createdAt)}?</strong>
          </p>
          <p>
            Every document, annotation and tag goes back to that moment. The current state is snapshotted first (listed as “Before a restore”), so you can undo
            this restore by restoring that snapshot.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setConfirming(null)} disabled={restoring}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={() => void restore(confirming)} disabled={restoring}>
              {restoring ? 'Restoring…' : 'Restore this backup'}
            </button>
          </div>
        </div>
      )}
      {backups === null ? (
        <p className="empty-hint">Reading the backups…</p>
      ) : backups.length === 0 ? (
        <p className="empty-hint">No backups yet: the first is taken when you next open the project, or now with Back up now.</p>
      ) : (
        <table className="backups-table">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col">Documents</th>
              <th scope="col">Check</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.name} aria-current={confirming?.name === backup.name ? 'true' : undefined}>
                <td>
                  <time dateTime={backup.createdAt}>{formatSnapshotTime(backup.createdAt)}</time>
                </td>
                <td>{REASONS[backup.reason] ?? backup.reason}</td>
                <td className="number">{backup.documentCount}</td>
                <td>
                  <SnapshotCheck backup={backup} />
                </td>
                <td>
                  <button type="button" onClick={() => setConfirming(backup)} disabled={restoring || backup.verification === 'damaged'} aria-label={`Restore the backup of ${formatSnapshotTime(backup.createdAt)}`}>
                    Restore…
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
  if (backup.verification === 'verified') return <span title="Every file matches the checksums written with this backup">Verified</span>
  if (backup.verification === 'unchecked') return <span title="Not read yet: it is checked when the list is opened again, and always before a restore">Not checked yet</span>
  if (backup.verification === 'readable') return <span title="Taken before backups had checksums; every file was read and parses">Readable</span>
  return (
    <details className="form-error">
      <summary>Damaged: cannot be restored</summary>
      <ul>
        {backup.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </details>
  )
}
