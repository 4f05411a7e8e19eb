import chardet from 'chardet'
import iconv from 'iconv-lite'
import type { TextEncoding } from '../shared/import/encodings'
import { said, type Said } from '../shared/i18n/said'
import { importError } from './import-error'

export { TEXT_ENCODINGS, type TextEncoding } from '../shared/import/encodings'

export interface DecodedText {
  text: string
  encoding: TextEncoding
  /** How the encoding was chosen: a byte-order mark, the bytes being valid UTF-8, the detector, or the user. */
  detectedBy: 'bom' | 'utf-8' | 'detector' | 'override'
}

const BOMS: { bytes: number[]; encoding: TextEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' }
]

const LEGACY: ReadonlySet<string> = new Set(['windows-1256', 'iso-8859-6', 'windows-1252', 'iso-8859-1'])

/**
 * Decodes a text file: a byte-order mark decides first, then valid UTF-8 is taken as UTF-8, then the
 * detector's (chardet) candidates among the supported legacy encodings are tried in order of
 * confidence, keeping the first whose result reads cleanly (no replacement or control characters, no
 * word mixing Latin and Arabic letters). `override` skips detection but is still checked (for UTF-8,
 * only that the bytes are valid).
 */
export function decodeText(fileName: string, bytes: Uint8Array, override?: TextEncoding): DecodedText {
  if (bytes.length === 0) throw importError(fileName, said('readers.empty'))
  if (override) {
    const text = decodeAs(bytes, override)
    const problem = text === null ? said('readers.decode.notValid') : LEGACY.has(override) ? readingProblem(text) : null
    if (text === null || problem) throw importError(fileName, said('readers.decode.notAs', { encoding: override, problem: problem ?? said('readers.decode.notValid') }))
    return { text: stripBom(text), encoding: override, detectedBy: 'override' }
  }
  const bom = BOMS.find(({ bytes: mark }) => mark.every((byte, i) => bytes[i] === byte))
  if (bom) {
    const text = decodeAs(bytes, bom.encoding)
    if (text === null) throw importError(fileName, said('readers.decode.badBom', { encoding: bom.encoding }))
    return { text: stripBom(text), encoding: bom.encoding, detectedBy: 'bom' }
  }
  if (bytes.includes(0)) {
    throw importError(fileName, said('readers.decode.nulBytes'))
  }
  // Valid UTF-8 without NUL bytes is text: control characters in it (a stray escape sequence) are the author's.
  const utf8 = decodeAs(bytes, 'utf-8')
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', detectedBy: 'utf-8' }
  for (const encoding of legacyCandidates(bytes)) {
    const text = decodeAs(bytes, encoding)
    if (text !== null && !readingProblem(text)) return { text, encoding, detectedBy: 'detector' }
  }
  throw importError(fileName, said('readers.decode.noEncoding'))
}

function legacyCandidates(bytes: Uint8Array): TextEncoding[] {
  const detected = chardet
    .analyse(bytes)
    .map(({ name }) => name.toLowerCase())
    .filter((name): name is TextEncoding => LEGACY.has(name))
  return [...new Set([...detected, 'windows-1252' as const])]
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string | null {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
    } catch {
      return null
    }
  }
  // iconv-lite, not TextDecoder: WHATWG decodes "iso-8859-1" as Windows-1252, and ISO-8859-6's unassigned bytes must show as U+FFFD.
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false })
}

function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text
}

/** Why a decoded text is not plausible, or null when it reads cleanly. */
export function readingProblem(text: string): Said | null {
  if (text.includes('\uFFFD')) return said('readers.decode.undecodable')
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/.test(text)) return said('readers.decode.controlCharacters')
  let mixed = 0
  let words = 0
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    if (!/[^\p{ASCII}]/u.test(word)) continue
    words += 1
    if (/\p{Script=Latin}/u.test(word) && /\p{Script=Arabic}/u.test(word)) mixed += 1
  }
  if (mixed > Math.max(1, words * 0.05)) return said('readers.decode.mixedScripts')
  return null
}
