import { join } from 'node:path'
import { inEnglish, said, type Said } from '../shared/i18n/said'
import { DamagedFileError, StoreError } from './errors'
import { PROJECT_FILE, exists, newestBackupWithProjectFile } from './project-files'
import { findQuarantined, quarantineFile } from './quarantine'

/**
 * A project whose project.json cannot be used (not JSON, the wrong shape, over a limit). The message
 * names the problem, where the file went, and the way back: the newest backup whose project.json
 * reads, or a rebuild from the documents; `backup` is that backup's name, for the app's offer.
 */
export class DamagedProjectError extends StoreError {
  constructor(
    readonly dir: string,
    readonly problem: string,
    readonly movedTo: string | null,
    readonly backup: string | null,
    message: Said
  ) {
    super('unreadable', message)
    this.name = 'DamagedProjectError'
  }
}

/** The newest snapshot in backups/ whose project.json matches its checksum and reads with today's schema, or null. */
export async function newestReadableProjectBackup(dir: string): Promise<string | null> {
  return newestBackupWithProjectFile(dir)
}

/** What to run (or click) to get the project back: restore from `backup`, or rebuild project.json from the documents. */
export function adviceToRecover(dir: string, backup: string | null): Said {
  return backup ? said('problems.store.restoreProjectFrom', { file: PROJECT_FILE, backup, dir }) : said('problems.store.rebuildProject', { file: PROJECT_FILE, dir })
}

/** `adviceToRecover` in English. */
export function recoveryAdvice(dir: string, backup: string | null): string {
  return inEnglish(adviceToRecover(dir, backup))
}

/**
 * Throws the DamagedProjectError for a project.json that failed to read. A writer (`mayQuarantine`) moves
 * the file to quarantine/ with a note, as it does with a damaged document; a reader leaves it in place.
 */
export async function explainDamagedProject(dir: string, damage: DamagedFileError, mayQuarantine: boolean): Promise<never> {
  const movedTo = mayQuarantine ? await quarantineFile(dir, join(dir, PROJECT_FILE), damage.reason) : null
  const backup = await newestReadableProjectBackup(dir)
  const moved = movedTo ? said('problems.store.movedAside', { path: movedTo }) : ''
  const message = said('problems.store.projectDamaged', { dir, problem: damage.said, moved, advice: adviceToRecover(dir, backup) })
  throw new DamagedProjectError(dir, damage.message, movedTo, backup, message)
}

/** A folder whose project.json was quarantined earlier and not brought back: the same refusal, not "no project here". */
export async function refuseQuarantinedProject(dir: string): Promise<void> {
  if (await exists(join(dir, PROJECT_FILE))) return
  const [quarantined] = await findQuarantined(dir, PROJECT_FILE)
  if (!quarantined) return
  const backup = await newestReadableProjectBackup(dir)
  const { reason, path: movedTo, movedAt: when } = quarantined
  const message = said('problems.store.projectQuarantined', { dir, file: PROJECT_FILE, reason, movedTo, when, advice: adviceToRecover(dir, backup) })
  throw new DamagedProjectError(dir, reason, movedTo, backup, message)
}

/** Reads project.json with `read`; a damaged one becomes a DamagedProjectError (moved aside when `mayQuarantine`). */
export async function readProjectFileOrExplain<T>(dir: string, read: () => Promise<T>, mayQuarantine: boolean): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof DamagedFileError) return explainDamagedProject(dir, error, mayQuarantine)
    throw error
  }
}
