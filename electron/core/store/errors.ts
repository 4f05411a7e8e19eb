export type StoreErrorCode = 'locked' | 'unreadable' | 'not-a-project' | 'disk-full' | 'read-only'

/** A store failure the user can act on: the message names the file or folder and the problem. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'StoreError'
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
    return new StoreError('disk-full', `The disk is full: could not save ${folder}. Free some space, then try again; the change is kept until then.`)
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new StoreError(
      'read-only',
      `The folder ${folder} is read-only: Tessera cannot lock or save the project there. Copy the project to a folder you can write to, or give yourself write permission on it; it can still be read (tessera list, tessera export).`
    )
  }
  return error
}
