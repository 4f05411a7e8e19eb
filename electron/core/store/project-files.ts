import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { PROJECT_SCHEMA_VERSION } from '../model/project'
import { BACKUPS_FOLDER, listSnapshots } from './backups'
import { DamagedFileError, StoreError } from './errors'
import { LiveDocument, type DocumentPaths } from './live-document'
import { LOCK_FILE } from './lock'
import { findQuarantined, quarantineFile } from './quarantine'

/** Checks and messages about a project's files that need no open store. */
export const PROJECT_FILE = 'project.json'
const DOCUMENTS_FOLDER = 'documents'

/**
 * Why a document cannot be opened, in words the user can act on. A damaged document file is moved to
 * quarantine/ with a note (only when `mayQuarantine`: the writer; a reader leaves it), and the message
 * says where it went and which backup holds a readable copy.
 */
export async function explainLoadFailure(dir: string, id: string, paths: DocumentPaths, error: unknown, mayQuarantine: boolean): Promise<never> {
  const backup = await newestBackupWith(dir, id)
  const remedy = backup
    ? ` The newest backup that has it is ${backup}: restore the document from it (tessera restore, or Backups in the app).`
    : ' No backup holds it yet.'
  if (error instanceof DamagedFileError && mayQuarantine) {
    const moved = await quarantineFile(dir, paths.json, error.reason)
    if (await exists(paths.journal)) await quarantineFile(dir, paths.journal, `its document ${paths.json} was damaged`)
    throw new StoreError('unreadable', `${error.message} It was moved to ${moved}, with a note of why.${remedy}`)
  }
  if (!(await exists(paths.json))) {
    const [quarantined] = await findQuarantined(dir, `${id}.json`)
    if (quarantined) {
      throw new StoreError('unreadable', `${paths.json} was damaged (${quarantined.reason}) and moved to ${quarantined.path} on ${quarantined.movedAt}.${remedy}`)
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
    throw new StoreError(
      'newer-version',
      `${path} was written by a newer Tessera (project schema ${version}; this version knows up to ${PROJECT_SCHEMA_VERSION}). Open it with that newer version; nothing was changed.`
    )
  }
  return version
}

/** The newest snapshot holding a readable copy of the document (a snapshot taken after it was damaged holds the damage). */
export async function newestBackupWith(projectDir: string, id: string): Promise<string | null> {
  for (const backup of await listSnapshots(projectDir)) {
    const folder = join(projectDir, BACKUPS_FOLDER, backup.name, DOCUMENTS_FOLDER)
    const json = join(folder, `${id}.json`)
    if (!(await exists(json))) continue
    const readable = await LiveDocument.load(id, { json, journal: join(folder, `${id}.journal`) }, PROJECT_FILE).then(
      () => true,
      () => false
    )
    if (readable) return backup.name
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
    throw new StoreError(
      'not-a-project',
      `${dir} is not a Tessera project (no ${PROJECT_FILE}) and is not empty (${entries.slice(0, 3).join(', ')}…). Choose an empty folder or an existing project.`
    )
  }
}
