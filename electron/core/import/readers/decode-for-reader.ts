import { decodeText } from '../decode'
import type { ImportReadOptions } from '../reader'

/** Decodes a text-based file with the user's encoding choice and reports the encoding used. */
export function decodeForReader(name: string, bytes: Uint8Array, options: ImportReadOptions): string {
  const decoded = decodeText(name, bytes, options.encoding)
  options.usedEncoding(decoded.encoding)
  return decoded.text
}
