import { LIMITS, truncate } from './limits'

/** What went wrong, in terms a transport can map to a status and a user can read. */
export type ApiErrorCode =
  | 'invalid-input'
  | 'not-found'
  /** A project method was called with no project open (the start screen). */
  | 'no-project'
  /** A project method came from a window that still showed another project (it missed a switch): it reloads. */
  | 'project-changed'
  | 'locked'
  | 'unreadable'
  | 'disk-full'
  | 'read-only'
  | 'write-failed'
  | 'unknown-method'
  | 'unauthorized'
  | 'forbidden'
  | 'busy'
  | 'internal'

export interface ApiErrorBody {
  code: ApiErrorCode
  message: string
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'ApiError'
  }

  /** What a transport sends: the message bounded, whatever user text it quotes. */
  toBody(): ApiErrorBody {
    return { code: this.code, message: truncate(this.message, LIMITS.messageChars) }
  }
}

/** The one shape every transport answers with. */
export type Envelope<R> = { ok: true; result: R } | { ok: false; error: ApiErrorBody }
