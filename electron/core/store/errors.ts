export type StoreErrorCode = 'locked' | 'unreadable' | 'not-a-project'

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
