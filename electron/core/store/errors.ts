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
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** The system's error code behind it (ENOSPC, EROFS, …), when there was one. */
    readonly errno?: string
  ) {
    super(message)
    this.name = 'StoreError'
  }
}

/** A file that is not what it should be (empty, cut short, not JSON, the wrong shape): it is quarantined, never overwritten. */
export class DamagedFileError extends StoreError {
  constructor(
    readonly path: string,
    readonly reason: string
  ) {
    super('unreadable', `${path} ${reason}`)
    this.name = 'DamagedFileError'
  }
}

/**
 * Turns the file-system errors a user can act on into plain words naming `folder`: a full disk, or a
 * folder Tessera may not write to. Anything else is returned as it was.
 */
export function storeErrorFromErrno(error: unknown, folder: string): unknown {
  if (error instanceof StoreError) return error
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new StoreError('disk-full', `The disk is full: could not save ${folder}. Free some space, then try again.`, code)
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new StoreError(
      'read-only',
      `The folder ${folder} is read-only: Tessera cannot lock or save the project there. Copy the project to a folder you can write to, or give yourself write permission on it; it can still be read (tessera list, tessera export).`,
      code
    )
  }
  if (code === 'EIO') {
    return new StoreError('write-failed', `Could not write to ${folder}: the disk reported an input/output error (it may be failing or was removed). Check the drive, then try again.`, code)
  }
  return error
}

export class DocumentNotFoundError extends Error {
  constructor(readonly documentId: string) {
    super(`No document with id ${documentId} in this project.`)
    this.name = 'DocumentNotFoundError'
  }
}
