import { said } from '../shared/i18n/said'
import { importError } from './import-error'
import { detectJsonFormat, type JsonFormat } from './json-detect'
import type { ImportReader } from './reader'
import { interchangeReaders, tesseraJsonlReader, w3cReader } from '../interchange/readers'
import { docxReader } from './readers/docx'
import { doccanoReader } from './readers/doccano'
import { htmlReader } from './readers/html'
import { labelStudioReader } from './readers/label-studio'
import { markdownReader } from './readers/markdown'
import { pdfReader } from './readers/pdf'
import { plainTextReader } from './readers/plain-text'

/**
 * Every format import knows, most specific first: formats recognised by their content (PDF and ZIP
 * signatures, JSON shapes) before those recognised by extension, plain text last. Tessera's own exports
 * (JSONL, W3C, brat) are read back by the interchange readers, ahead of the generic ones.
 */
export const SHIPPED_READERS: readonly ImportReader[] = [
  pdfReader,
  docxReader,
  ...interchangeReaders,
  labelStudioReader,
  doccanoReader,
  htmlReader,
  markdownReader,
  plainTextReader
]

const jsonReaders: Record<JsonFormat, ImportReader> = {
  'tessera-jsonl': tesseraJsonlReader,
  w3c: w3cReader,
  'label-studio': labelStudioReader,
  doccano: doccanoReader
}

/**
 * The reader for a file, or an error naming the file when no format fits. A file no reader claims by its
 * name and first bytes, which would fall to plain text, is told by its content when it is JSON: read by
 * the reader of the shape it has, or refused naming the format it resembles (see json-detect.ts).
 * `readers` is the shipped list; only the import tests' worker adds misbehaving readers in front.
 */
export function readerFor(name: string, bytes: Uint8Array, textField?: string, readers: readonly ImportReader[] = SHIPPED_READERS): ImportReader {
  const found = readers.find((r) => r.canRead(name, bytes))
  const json = found === undefined || found === plainTextReader ? detectJsonFormat(name, bytes, textField) : null
  const reader = json ? jsonReaders[json] : found
  if (!reader) {
    throw importError(name, said('readers.unknownFormat'))
  }
  return reader
}

/**
 * True when `name` with these first bytes is read line by line (may exceed the per-file limit), for
 * shells that must decide how much of a large file to read before reading it.
 */
export function isLineBasedFile(name: string, head: Uint8Array): boolean {
  try {
    return readerFor(name, head).lineBased === true
  } catch {
    return false
  }
}
