import type { IncomingMessage } from 'node:http'
import { HttpFailure } from './respond'

export const MAX_BODY_BYTES = 50 * 1024 * 1024

export function isJsonContentType(header: string | undefined): boolean {
  const mediaType = header?.split(';')[0]?.trim().toLowerCase()
  return mediaType === 'application/json'
}

function describeSize(bytes: number): string {
  const megabytes = bytes / 1024 / 1024
  return megabytes >= 1 ? `${Math.round(megabytes)} MB` : `${bytes} bytes`
}

function tooLarge(maxBytes: number): HttpFailure {
  return new HttpFailure(413, 'invalid-input', `The request body is larger than ${describeSize(maxBytes)}.`, {
    // The rest of the body is left unread: end the connection rather than drain it.
    Connection: 'close'
  })
}

/** Reads and parses a JSON body, refusing it as soon as it passes `maxBytes`. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes)
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > maxBytes) {
        req.off('data', onData)
        req.pause()
        reject(tooLarge(maxBytes))
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.once('end', () => resolve(Buffer.concat(chunks)))
    req.once('error', reject)
    // A request cut off by the server's timeout or the client may end without 'end' or 'error'.
    req.once('close', () => reject(new HttpFailure(400, 'invalid-input', 'The request body was cut off before its end.')))
  })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new HttpFailure(400, 'invalid-input', 'The request body is not UTF-8.')
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new HttpFailure(400, 'invalid-input', `The request body is not valid JSON: ${(error as Error).message}`)
  }
}
