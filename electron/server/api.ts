import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Core } from '../core'
import { isJsonContentType, readJsonBody } from './body'
import { HttpFailure, sendEnvelope } from './respond'

/** `POST /api/<method>`: the JSON body goes to the core as is; the core validates it and answers an Envelope. */
export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  core: Core,
  method: string,
  maxBodyBytes: number
): Promise<void> {
  if (!isJsonContentType(req.headers['content-type'])) {
    throw new HttpFailure(415, 'invalid-input', 'Send the input as JSON, with Content-Type: application/json.')
  }
  const input = await readJsonBody(req, maxBodyBytes)
  sendEnvelope(res, await core.dispatch(method, input))
}
