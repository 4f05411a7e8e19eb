import { LIMITS, truncate } from './limits'
import { bounded, inEnglish, type Said } from './i18n/said'

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
  /** A service the core needs is not answering (the team server's database), or refuses its state (a schema it does not know). */
  | 'unavailable'
  | 'internal'

export interface ApiErrorBody {
  code: ApiErrorCode
  /** In English, for logs and scripts. */
  message: string
  /** The same as a message of the catalogue, for the user to read in the interface's language. */
  said?: Said
}

export class ApiError extends Error {
  /** The message as catalogue data; absent only for errors that carry no sentence of the core's own. */
  readonly said?: Said

  constructor(
    readonly code: ApiErrorCode,
    message: string | Said
  ) {
    super(typeof message === 'string' ? message : inEnglish(message))
    this.name = 'ApiError'
    if (typeof message !== 'string') this.said = message
  }

  /** What a transport sends: the message bounded, whatever user text it quotes. */
  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: truncate(this.message, LIMITS.messageChars) }
    if (this.said) body.said = bounded(this.said)
    return body
  }
}

/** The one shape every transport answers with. */
export type Envelope<R> = { ok: true; result: R } | { ok: false; error: ApiErrorBody }
