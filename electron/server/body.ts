import type { IncomingMessage } from 'node:http'
import { HttpFailure } from './respond'
import { said, verbatim, type Said } from '../core/shared/i18n/said'

export const MAX_BODY_BYTES = 50 * 1024 * 1024

export function isJsonContentType(header: string | undefined): boolean {
  const mediaType = header?.split(';')[0]?.trim().toLowerCase()
  return mediaType === 'application/json'
}

function describeSize(bytes: number): Said {
  const megabytes = bytes / 1024 / 1024
  return megabytes >= 1 ? said('problems.server.megabytes', { count: Math.round(megabytes) }) : said('problems.server.bytes', { count: bytes })
}

function tooLarge(maxBytes: number): HttpFailure {
  return new HttpFailure(413, 'invalid-input', said('problems.server.bodyTooLarge', { size: describeSize(maxBytes) }), {
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
    req.once('close', () => reject(new HttpFailure(400, 'invalid-input', said('problems.server.bodyCutOff'))))
  })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new HttpFailure(400, 'invalid-input', said('problems.server.bodyNotUtf8'))
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new HttpFailure(400, 'invalid-input', said('problems.server.bodyNotJson', { problem: verbatim((error as Error).message) }))
  }
}
