import type { ServerResponse } from 'node:http'
import type { ApiErrorCode, Envelope } from '../core'
import { bounded, inEnglish, said, type Said } from '../core/shared/i18n/said'

/** The HTTP status for each error code of the API: exhaustive, so a new code fails the type check. */
export const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  'invalid-input': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'unknown-method': 404,
  locked: 409,
  'no-project': 409,
  'project-changed': 409,
  busy: 429,
  unreadable: 500,
  'disk-full': 507,
  'read-only': 409,
  'write-failed': 503,
  unavailable: 503,
  internal: 500
}

/** A request refused before it reaches the core, with the status the transport answers; its message in English, `said` for the reader. */
export class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    readonly said: Said,
    readonly headers: Record<string, string> = {}
  ) {
    super(inEnglish(said))
    this.name = 'HttpFailure'
  }
}

export function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>, status?: number): void {
  // Encoded once: measuring the text and then writing it would encode a 10,000-document list twice.
  const body = Buffer.from(JSON.stringify(envelope), 'utf8')
  res.writeHead(status ?? (envelope.ok ? 200 : STATUS_BY_CODE[envelope.error.code]), {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length
  })
  res.end(body)
}

export function sendFailure(res: ServerResponse, failure: HttpFailure): void {
  for (const [name, value] of Object.entries(failure.headers)) res.setHeader(name, value)
  sendEnvelope(res, { ok: false, error: { code: failure.code, message: failure.message, said: bounded(failure.said) } }, failure.status)
}

export function methodNotAllowed(...allowed: string[]): HttpFailure {
  // "GET and HEAD": each further method joined as one more pair, so the English reads as allowed.join(' and ').
  const methods = allowed.slice(1).reduce<string | Said>((first, second) => said('problems.server.methodPair', { first, second }), allowed[0] ?? '')
  return new HttpFailure(405, 'invalid-input', said('problems.server.methodNotAllowed', { methods }), {
    Allow: allowed.join(', ')
  })
}
