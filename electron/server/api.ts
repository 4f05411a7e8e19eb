import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Core } from '../core'
import { IMPORT_CALL_MAX_BODY_BYTES } from '../core/shared/import/contract'
import { isJsonContentType, readJsonBody } from './body'
import { HttpFailure, sendEnvelope } from './respond'
import { said } from '../core/shared/i18n/said'

/** `POST /api/<method>`: the JSON body goes to the core as is; the core validates it and answers an Envelope. */
export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  core: Core,
  method: string,
  maxBodyBytes: number
): Promise<void> {
  if (!isJsonContentType(req.headers['content-type'])) {
    throw new HttpFailure(415, 'invalid-input', said('problems.server.inputNotJson'))
  }
  // Import carries files: one call may hold a 50 MB file in base64, more than other methods ever need.
  const limit = method === 'import.files' ? Math.max(maxBodyBytes, IMPORT_CALL_MAX_BODY_BYTES) : maxBodyBytes
  const input = await readJsonBody(req, limit)
  sendEnvelope(res, await core.dispatch(method, input, { project: projectHeader(req) }))
}

/** The project folder the calling tab believes is open (URI-encoded, since a folder may have any character). */
export const PROJECT_HEADER = 'x-tessera-project'

function projectHeader(req: IncomingMessage): string | undefined {
  const value = req.headers[PROJECT_HEADER]
  if (typeof value !== 'string') return undefined
  try {
    return decodeURIComponent(value)
  } catch {
    throw new HttpFailure(400, 'invalid-input', said('problems.server.projectHeader', { header: PROJECT_HEADER }))
  }
}
