import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { PROJECT_SCHEMA_VERSION } from '../shared/model/project'
import { said } from '../shared/i18n/said'
import { BACKUPS_FOLDER, snapshotNames } from './backups'
import { DamagedFileError, StoreError } from './errors'
import type { DocumentPaths } from './live-document'
import { LOCK_FILE } from './lock'
import { findQuarantined, quarantineFile } from './quarantine'
import { holdsReadableProjectFile, readableDocumentCopy } from './snapshot-check'

/** Checks and messages about a project's files that need no open store. */
export const PROJECT_FILE = 'project.json'

/**
 * Why a document cannot be opened, in words the user can act on. A damaged document file is moved to
 * quarantine/ with a note (only when `mayQuarantine`: the writer; a reader leaves it), and the message
 * says where it went and which backup holds a readable copy.
 */
export async function explainLoadFailure(dir: string, id: string, paths: DocumentPaths, error: unknown, mayQuarantine: boolean): Promise<never> {
  const backup = await newestBackupWith(dir, id)
  const remedy = backup ? said('problems.store.newestBackupHasIt', { backup }) : said('problems.store.noBackupHasIt')
  if (error instanceof DamagedFileError && mayQuarantine) {
    const moved = await quarantineFile(dir, paths.json, error.reason)
    // The note on disk stays English, as logs do.
    if (await exists(paths.journal)) await quarantineFile(dir, paths.journal, `its document ${paths.json} was damaged`)
    throw new StoreError('unreadable', said('problems.store.damagedDocument', { problem: error.said, moved: said('problems.store.movedAside', { path: moved }), remedy }))
  }
  if (!(await exists(paths.json))) {
    const [quarantined] = await findQuarantined(dir, `${id}.json`)
    if (quarantined) {
      const { reason, path: movedTo, movedAt: when } = quarantined
      throw new StoreError('unreadable', said('problems.store.quarantinedDocument', { path: paths.json, reason, movedTo, when, remedy }))
    }
  }
  throw error
}

/** The schemaVersion project.json was written with; a newer one than this build knows is refused, naming it. */
export async function refuseNewerProject(dir: string): Promise<number | null> {
  const path = join(dir, PROJECT_FILE)
  const raw = await readFile(path, 'utf8').catch(() => null)
  if (raw === null) return null
  let version: unknown
  try {
    version = (JSON.parse(raw) as { schemaVersion?: unknown } | null)?.schemaVersion
  } catch {
    return null
  }
  if (typeof version !== 'number') return null
  if (version > PROJECT_SCHEMA_VERSION) {
    throw new StoreError('newer-version', said('problems.store.newerProject', { path, version, known: PROJECT_SCHEMA_VERSION }))
  }
  return version
}

/**
 * The newest snapshot holding a readable copy of the document: its copy matches the snapshot's
 * checksums and parses as a load would (a snapshot taken after it was damaged holds the damage; a
 * copy damaged inside the snapshot is passed over).
 */
export async function newestBackupWith(projectDir: string, id: string): Promise<string | null> {
  for (const name of await snapshotNames(projectDir)) {
    if (await readableDocumentCopy(join(projectDir, BACKUPS_FOLDER, name), id)) return name
  }
  return null
}

/**
 * The newest snapshot whose project.json can be restored: it matches the snapshot's checksums and
 * parses with the schema a load uses. Null when no snapshot has one.
 */
export async function newestBackupWithProjectFile(projectDir: string): Promise<string | null> {
  for (const name of await snapshotNames(projectDir)) {
    if (await holdsReadableProjectFile(join(projectDir, BACKUPS_FOLDER, name))) return name
  }
  return null
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

/** A folder with files of its own is not silently turned into a project. */
export async function refuseForeignFolder(dir: string): Promise<void> {
  const entries = (await readdir(dir)).filter((name) => !name.startsWith('.') && name !== LOCK_FILE)
  if (entries.length > 0) {
    throw new StoreError('not-a-project', said('problems.store.foreignFolder', { dir, file: PROJECT_FILE, entries: entries.slice(0, 3).join(', ') }))
  }
}
