import { join } from 'node:path'
import type { Low } from 'lowdb'
import { projectFileReadSchema } from '../model/files'
import type { ProjectFile } from '../model/project'
import { copyFileAtomic } from './atomic-write'
import { BACKUPS_FOLDER, listSnapshots, snapshotDir, writeSnapshot, type BackupInfo } from './backups'
import { StoreError } from './errors'
import { openJsonFile } from './json-file'
import type { DocumentPaths } from './live-document'
import { PROJECT_FILE, exists, newestBackupWith } from './project-files'
import { findQuarantined, type QuarantinedFile } from './quarantine'
import type { KeyedSerialQueue } from './serial'

export const DOCUMENTS_FOLDER = 'documents'
/** While changes are made, a snapshot at most this often. */
const BACKUP_EVERY_MS = 10 * 60_000
const OPEN_SNAPSHOT_DELAY_MS = 5_000

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
    return writeSnapshot(host.dir, reason, async (into, place) => {
      await host.queue.run('project', () => place(join(host.dir, PROJECT_FILE), join(into, PROJECT_FILE), false))
      for (const id of host.project.data.documentIds) {
        // A snapshot still running when the project is closed stops: another process may own the folder next.
        if (host.isClosed()) throw new StoreError('locked', `The project ${host.dir} was closed during a backup; the backup was not finished.`)
        await host.queue.run(`document:${id}`, async () => {
          const paths = host.pathsOf(id)
          await place(paths.json, join(into, DOCUMENTS_FOLDER, `${id}.json`), false)
          await place(paths.journal, join(into, DOCUMENTS_FOLDER, `${id}.journal`), true)
        })
      }
      return host.project.data.documentIds.length
    })
  }

  /** After a durable change: a snapshot when the last one is old enough. */
  changed(): void {
    if (this.enabled && Date.now() - this.lastSnapshotAt > BACKUP_EVERY_MS) void this.snapshot('auto').catch(() => undefined)
  }

  async list(): Promise<BackupInfo[]> {
    this.takeOpenSnapshotNow()
    await this.snapshotting
    return listSnapshots(this.host.dir)
  }

  /** Restores the whole project from a snapshot, after taking a snapshot of the current state (so a restore can be undone). */
  async restore(name: string): Promise<{ restored: string; undo: string }> {
    const { host } = this
    host.assertWritable()
    const from = await this.requireSnapshot(name)
    const restoredProject = await openJsonFile(join(from, PROJECT_FILE), projectFileReadSchema)
    if (!restoredProject) throw new StoreError('unreadable', `The backup ${name} has no ${PROJECT_FILE}.`)
    const undo = await this.snapshot('before-restore')
    await host.queue.run('project', async () => {
      const ids = new Set([...host.project.data.documentIds, ...restoredProject.data.documentIds])
      for (const id of ids) await host.queue.run(`document:${id}`, () => this.replaceDocumentFiles(id, from))
      host.project.data = restoredProject.data
      await host.project.write()
    })
    host.scheduleIndexWrite()
    return { restored: name, undo: undo.name }
  }

  /** Brings one document back from the newest snapshot that has it (a quarantined or lost document). */
  async restoreDocument(id: string): Promise<{ restored: string }> {
    const { host } = this
    host.assertWritable()
    host.assertDocument(id)
    const backup = await newestBackupWith(host.dir, id)
    if (!backup) throw new StoreError('no-such-backup', `No backup in ${join(host.dir, BACKUPS_FOLDER)} holds document ${id}.`)
    const from = await this.requireSnapshot(backup)
    await host.queue.run(`document:${id}`, () => this.replaceDocumentFiles(id, from))
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

  /** Replaces a document's files with a snapshot's copies (or removes them if the snapshot lacks it) and forgets the loaded state. */
  private async replaceDocumentFiles(id: string, snapshot: string): Promise<void> {
    await this.host.unloadDocument(id)
    const paths = this.host.pathsOf(id)
    await copyFileAtomic(join(snapshot, DOCUMENTS_FOLDER, `${id}.json`), paths.json)
    await copyFileAtomic(join(snapshot, DOCUMENTS_FOLDER, `${id}.journal`), paths.journal)
  }

  private async requireSnapshot(name: string): Promise<string> {
    const folder = snapshotDir(this.host.dir, name)
    if (!folder || !(await exists(join(folder, PROJECT_FILE)))) {
      throw new StoreError('no-such-backup', `There is no backup named "${name}" in ${join(this.host.dir, BACKUPS_FOLDER)}; tessera backups lists them.`)
    }
    return folder
  }
}
