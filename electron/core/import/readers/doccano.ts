import type { ImportedAnnotation, ImportedDocument } from '../imported-document'
import { detectLanguage } from '../metadata/language'
import { importError } from '../import-error'
import { describeBytes, MAX_IMPORT_FILE_BYTES } from '../limits'
import { linesOfBytes } from '../line-reader'
import { extensionOf, headText, type ImportReader, type ImportReadOptions } from '../reader'
import { decodeForReader } from './decode-for-reader'
import { isRecord, parseJsonLineList, parseJsonLines, type JsonLine } from './json-lines'

/**
 * doccano's sequence-labelling JSONL: one document per line, `text` with spans in Unicode code points,
 * as `label: [[start, end, "TAG"], …]` (doccano 1.x), `labels` (older exports) or
 * `entities: [{label, start_offset, end_offset}]` (the relation-extraction export).
 */
export const doccanoReader: ImportReader = {
  format: 'doccano',
  canRead: (name, bytes) => {
    if (!['jsonl', 'json', 'ndjson'].includes(extensionOf(name))) return false
    const first = headText(bytes, 65_536).split('\n').find((line) => line.trim() !== '') ?? ''
    return /^\s*\{/.test(first) && /"text"\s*:/.test(first) && !/"annotations"\s*:\s*\[\s*\{\s*"(id|result)"/.test(first)
  },
  lineBased: true,
  read: (name, bytes, options) => {
    const lines = bytes.length > (options.maxDocumentBytes ?? MAX_IMPORT_FILE_BYTES) ? largeFileLines(name, bytes, options) : smallFileLines(name, bytes, options)
    return Promise.resolve(lines.map(({ lineNumber, value }) => toDocument(`${name}:${lineNumber}`, value as Record<string, unknown>)))
  }
}

/**
 * A file within the per-document limit, decoded whole (any encoding import detects). Besides JSON lines
 * it may be one JSON value, as content detection sends here: a pretty-printed object, or an array of them.
 */
function smallFileLines(name: string, bytes: Uint8Array, options: ImportReadOptions): JsonLine[] {
  const text = decodeForReader(name, bytes, options)
  const whole = /^\s*\[/.test(text) || !firstLineIsJson(text) ? parseWhole(text) : undefined
  if (whole === undefined) return parseJsonLines(name, text, options, lineProblem)
  const values = Array.isArray(whole) ? whole : [whole]
  const lines = values.map((value, index) => ({ lineNumber: index + 1, text: JSON.stringify(value) }))
  return parseJsonLineList(name, lines, options, lineProblem)
}

/** A file past the per-document limit, read line by line from its bytes; it must then be UTF-8. */
function largeFileLines(name: string, bytes: Uint8Array, options: ImportReadOptions): JsonLine[] {
  if (options.encoding && options.encoding !== 'utf-8') {
    throw importError(name, `is ${describeBytes(bytes.length)}: a JSON Lines file this large is read line by line and must be UTF-8, not ${options.encoding}.`)
  }
  options.usedEncoding('utf-8')
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  try {
    return parseJsonLineList(name, linesOfBytes(bytes, decoder, options.maxDocumentBytes ?? MAX_IMPORT_FILE_BYTES), options, lineProblem)
  } catch (error) {
    if (error instanceof TypeError) throw importError(name, `is ${describeBytes(bytes.length)}: a JSON Lines file this large is read line by line and must be UTF-8; it holds bytes that are not.`)
    throw error
  }
}

function firstLineIsJson(text: string): boolean {
  const first = text.split('\n', 1)[0] ?? ''
  try {
    JSON.parse(first)
    return true
  } catch {
    return false
  }
}

function parseWhole(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown
  } catch {
    return undefined
  }
}

function spansOf(line: Record<string, unknown>): unknown[] {
  for (const key of ['label', 'labels', 'entities']) {
    const value = line[key]
    if (Array.isArray(value)) return value
  }
  return []
}

function toSpan(span: unknown): ImportedAnnotation | null {
  if (Array.isArray(span) && span.length >= 3 && Number.isInteger(span[0]) && Number.isInteger(span[1]) && typeof span[2] === 'string') {
    return { start: span[0] as number, end: span[1] as number, tag: span[2] }
  }
  if (isRecord(span) && Number.isInteger(span.start_offset) && Number.isInteger(span.end_offset) && typeof span.label === 'string') {
    return { start: span.start_offset as number, end: span.end_offset as number, tag: span.label }
  }
  return null
}

function lineProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'not a JSON object'
  if (typeof value.text !== 'string') return 'has no "text" string'
  const spans = spansOf(value)
  // Text-classification labels (a list of strings) are not spans: they are left out, not an error.
  const bad = spans.findIndex((span) => typeof span !== 'string' && toSpan(span) === null)
  return bad === -1 ? null : `span ${bad + 1} is not [start, end, "label"]`
}

function toDocument(origin: string, line: Record<string, unknown>): ImportedDocument {
  const text = line.text as string
  const annotations = spansOf(line)
    .map(toSpan)
    .filter((span): span is ImportedAnnotation => span !== null)
  const title = typeof line.title === 'string' && line.title.trim() ? { title: line.title.trim().slice(0, 1_000) } : {}
  return { origin, metadata: { ...title, language: detectLanguage(text) }, text, offsetUnit: 'codepoint', annotations }
}
