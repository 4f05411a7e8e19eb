import { inEnglish, said, verbatim, type Said, type SaidValue } from '../shared/i18n/said'

export type StoreErrorCode =
  | 'locked'
  /** Held for a moment by another tessera command (an import): waiting and running again is enough. */
  | 'busy'
  | 'unreadable'
  | 'no-such-backup'
  | 'not-a-project'
  | 'disk-full'
  | 'read-only'
  | 'newer-version'
  | 'write-failed'
  /** A write refused before it started: what it would write does not fit the file's schema (a limit, a bad value). */
  | 'invalid-data'
  /** A write through a project opened read-only (without the writer's lock): nothing is written. */
  | 'opened-read-only'
  /** A document added under an id the project already holds: nothing is written. */
  | 'duplicate-id'

/** A store failure the user can act on: the message names the file or folder and the problem. */
export class StoreError extends Error {
  /** The message as catalogue data, said in the reader's language; `message` is its English. */
  readonly said: Said

  constructor(
    readonly code: StoreErrorCode,
    message: Said | string,
    /** The system's error code behind it (ENOSPC, EROFS, …), when there was one. */
    readonly errno?: string
  ) {
    super(typeof message === 'string' ? message : inEnglish(message))
    this.name = 'StoreError'
    this.said = typeof message === 'string' ? verbatim(message) : message
  }
}

/** A file that is not what it should be (empty, cut short, not JSON, the wrong shape): it is quarantined, never overwritten. */
export class DamagedFileError extends StoreError {
  /** The problem in English, as the quarantine note on disk keeps it. */
  readonly reason: string

  constructor(
    readonly path: string,
    /** A predicate ("is empty."), said after the file's path. */
    readonly problem: Said
  ) {
    super('unreadable', said('problems.store.fileProblem', { path, problem }))
    this.reason = inEnglish(problem)
    this.name = 'DamagedFileError'
  }
}

/**
 * Turns the file-system errors a user can act on into plain words naming `folder`: a full disk, or a
 * folder Tessera may not write to. Anything else is returned as it was.
 */
export function storeErrorFromErrno(error: unknown, folder: SaidValue): unknown {
  if (error instanceof StoreError) return error
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOSPC' || code === 'EDQUOT') return new StoreError('disk-full', said('problems.store.diskFull', { folder }), code)
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return new StoreError('read-only', said('problems.store.readOnlyFolder', { folder }), code)
  if (code === 'EIO') return new StoreError('write-failed', said('problems.store.inputOutput', { folder }), code)
  return error
}

export class DocumentNotFoundError extends Error {
  readonly said: Said

  constructor(readonly documentId: string) {
    const message = said('problems.store.documentNotFound', { id: documentId })
    super(inEnglish(message))
    this.said = message
    this.name = 'DocumentNotFoundError'
  }
}
