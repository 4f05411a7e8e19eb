import { join } from 'node:path'
import type { Low } from 'lowdb'
import { rm } from 'node:fs/promises'
import type { ProjectFile } from '../shared/model/project'
import { BACKUPS_FOLDER, listSnapshots, snapshotDir, writeSnapshot, type BackupInfo } from './backups'
import { StoreError } from './errors'
import { said, type SaidValue } from '../shared/i18n/said'
import type { DocumentPaths } from './live-document'
import { PROJECT_FILE, exists, newestBackupWith } from './project-files'
import { findQuarantined, type QuarantinedFile } from './quarantine'
import { copyCheckedAtomic } from './restore-copy'
import type { KeyedSerialQueue } from './serial'
import { checkSnapshot, readSnapshotProject, readableDocumentCopy } from './snapshot-check'
import { SnapshotVerdicts } from './snapshot-verdicts'

export const DOCUMENTS_FOLDER = 'documents'
/** While changes are made, a snapshot at most this often. */
const BACKUP_EVERY_MS = 10 * 60_000
const OPEN_SNAPSHOT_DELAY_MS = 5_000
/** Listing the backups reads snapshots not checked yet for at most this long; the rest are checked by the next list. */
const LIST_CHECK_BUDGET_MS = 3_000

/** What the backups need of the open project store: its files, its write queue, and a way to drop a loaded document. */
export interface BackupHost {
  readonly dir: string
  readonly queue: KeyedSerialQueue
  readonly project: Low<ProjectFile>
  isClosed(): boolean
  pathsOf(id: string): DocumentPaths
  /** Forgets the document's loaded state (and closes its journal) before its files are replaced. */
  unloadDocument(id: string): Promise<void>
  hasDocument(id: string): boolean
  /** Throws for a store opened read-only, or a document the project does not have. */
  assertWritable(): void
  assertDocument(id: string): void
  scheduleIndexWrite(): void
}

/**
 * A project's rolling snapshots (see backups.ts for the folder layout) as the open store takes them: on
 * open, after a delay; while changes are made, at most every BACKUP_EVERY_MS; by hand; before a restore
 * or a migration. Restores replace files between two writes, in the store's queue.
 */
export class ProjectBackups {
  private lastSnapshotAt = 0
  private snapshotting: Promise<unknown> = Promise.resolve()
  private openSnapshotTimer: NodeJS.Timeout | null = null
  private readonly verdicts = new SnapshotVerdicts()

  constructor(
    private readonly host: BackupHost,
    /** Automatic snapshots (on open, while changing); snapshots asked for are taken either way. */
    readonly enabled: boolean
  ) {}

  /**
   * Snapshots the project into backups/: project.json and each document's JSON and journal, each taken
   * between two writes. Snapshots are taken one after another: two at once would pick the same name.
   */
  async snapshot(reason: string): Promise<BackupInfo> {
    const { host } = this
    host.assertWritable()
    this.lastSnapshotAt = Date.now()
    const taking = this.snapshotting.then(() => this.writeSnapshot(reason))
    this.snapshotting = taking.catch(() => undefined)
    return taking
  }

  private writeSnapshot(reason: string): Promise<BackupInfo> {
    const { host } = this
    return writeSnapshot(host.dir, reason, async (_into, place) => {
      await host.queue.run('project', () => place(join(host.dir, PROJECT_FILE), PROJECT_FILE))
      for (const id of host.project.data.documentIds) {
        // A snapshot still running when the project is closed stops: another process may own the folder next.
        if (host.isClosed()) throw new StoreError('locked', said('problems.store.closedDuringBackup', { dir: host.dir }))
        await host.queue.run(`document:${id}`, async () => {
          const paths = host.pathsOf(id)
          await place(paths.json, `${DOCUMENTS_FOLDER}/${id}.json`)
          await place(paths.journal, `${DOCUMENTS_FOLDER}/${id}.journal`)
        })
      }
      return host.project.data.documentIds.length
    }, this.verdicts)
  }

  /** After a durable change: a snapshot when the last one is old enough. */
  changed(): void {
    if (this.enabled && Date.now() - this.lastSnapshotAt > BACKUP_EVERY_MS) void this.snapshot('auto').catch(() => undefined)
  }

  async list(): Promise<BackupInfo[]> {
    this.takeOpenSnapshotNow()
    await this.snapshotting
    return listSnapshots(this.host.dir, this.verdicts, LIST_CHECK_BUDGET_MS)
  }

  /**
   * Restores the whole project from a snapshot, after taking a snapshot of the current state (so a
   * restore can be undone). The snapshot is verified first (checksums, and every file parsed as a load
   * would): a damaged snapshot is refused, naming its damaged files, and nothing is changed. A document
   * the snapshot lists but holds no copy of (it was already damaged when the snapshot was taken) keeps
   * its live files: a restore never replaces a document with nothing.
   */
  async restore(name: string): Promise<{ restored: string; undo: string }> {
    const { host } = this
    host.assertWritable()
    const from = await this.requireSnapshot(name)
    const check = await checkSnapshot(from, { parse: true })
    if (check.problems.length > 0) {
      throw new StoreError('unreadable', said('problems.store.backupDamaged', { name, problems: summarise(check.problems) }))
    }
    const restoredProject = await readSnapshotProject(from)
    if ('problem' in restoredProject) throw new StoreError('unreadable', said('problems.store.backupUnrestorable', { name, problem: restoredProject.problem }))
    const undo = await this.snapshot('before-restore')
    await host.queue.run('project', async () => {
      const restoredIds = new Set(restoredProject.data.documentIds)
      const ids = new Set([...host.project.data.documentIds, ...restoredIds])
      for (const id of ids) {
        await host.queue.run(`document:${id}`, () => this.replaceDocumentFiles(id, from, check.checked, restoredIds.has(id)))
      }
      host.project.data = restoredProject.data
      await host.project.write()
    })
    host.scheduleIndexWrite()
    return { restored: name, undo: undo.name }
  }

  /** Brings one document back from the newest snapshot holding a verified, readable copy of it (a quarantined or lost document). */
  async restoreDocument(id: string): Promise<{ restored: string }> {
    const { host } = this
    host.assertWritable()
    host.assertDocument(id)
    const backup = await newestBackupWith(host.dir, id)
    if (!backup) throw new StoreError('no-such-backup', said('problems.store.noBackupWithDocument', { folder: join(host.dir, BACKUPS_FOLDER), id }))
    const from = await this.requireSnapshot(backup)
    await host.queue.run(`document:${id}`, async () => {
      const checked = await readableDocumentCopy(from, id)
      if (!checked) throw new StoreError('unreadable', said('problems.store.backupCopyChanged', { id, backup }))
      await this.replaceDocumentFiles(id, from, checked, true)
    })
    return { restored: backup }
  }

  listQuarantine(): Promise<QuarantinedFile[]> {
    return findQuarantined(this.host.dir, '')
  }

  /**
   * The snapshot taken on open waits a few seconds, in the background: a large project's first list
   * must not compete with copying it. Asking for the backups takes it at once.
   */
  scheduleOpenSnapshot(): void {
    this.lastSnapshotAt = Date.now()
    this.openSnapshotTimer = setTimeout(() => this.takeOpenSnapshotNow(), OPEN_SNAPSHOT_DELAY_MS)
    this.openSnapshotTimer.unref()
  }

  stop(): void {
    if (this.openSnapshotTimer) clearTimeout(this.openSnapshotTimer)
    this.openSnapshotTimer = null
  }

  private takeOpenSnapshotNow(): void {
    if (!this.openSnapshotTimer) return
    clearTimeout(this.openSnapshotTimer)
    this.openSnapshotTimer = null
    if (!this.host.isClosed()) void this.snapshot('open').catch(() => undefined)
  }

  /**
   * Replaces a document's files with the snapshot's checked copies and forgets the loaded state. A
   * document the restored project does not list loses its files (the undo snapshot holds them); one it
   * lists that the snapshot holds no copy of keeps its live files.
   */
  private async replaceDocumentFiles(id: string, snapshot: string, checked: ReadonlyMap<string, string>, listed: boolean): Promise<void> {
    const json = `${DOCUMENTS_FOLDER}/${id}.json`
    const journal = `${DOCUMENTS_FOLDER}/${id}.journal`
    const jsonHash = checked.get(json)
    if (listed && !jsonHash) return
    await this.host.unloadDocument(id)
    const paths = this.host.pathsOf(id)
    if (!jsonHash) {
      await rm(paths.json, { force: true })
      await rm(paths.journal, { force: true })
      return
    }
    await copyCheckedAtomic(join(snapshot, json), paths.json, jsonHash)
    const journalHash = checked.get(journal)
    if (journalHash) await copyCheckedAtomic(join(snapshot, journal), paths.journal, journalHash)
    else await rm(paths.journal, { force: true })
  }

  private async requireSnapshot(name: string): Promise<string> {
    const folder = snapshotDir(this.host.dir, name)
    if (!folder || !(await exists(join(folder, PROJECT_FILE)))) {
      throw new StoreError('no-such-backup', said('problems.store.noSuchBackup', { name, folder: join(this.host.dir, BACKUPS_FOLDER) }))
    }
    return folder
  }
}

/** The first few problems, and how many more: a snapshot damaged throughout must not make a message of thousands of lines. */
function summarise(problems: readonly string[]): SaidValue {
  const shown = problems.slice(0, 5).join(' ')
  return problems.length > 5 ? said('problems.store.andMore', { shown, more: problems.length - 5 }) : shown
}
