import type { ImportedAnnotation, ImportedDocument } from '../imported-document'
import { detectLanguage } from '../metadata/language'
import { extensionOf, headText, type ImportReader } from '../reader'
import { decodeForReader } from './decode-for-reader'
import { isRecord, parseJsonLines } from './json-lines'

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
  read: (name, bytes, options) => {
    const text = decodeForReader(name, bytes, options)
    const lines = parseJsonLines(name, text, options, lineProblem)
    return Promise.resolve(lines.map(({ lineNumber, value }) => toDocument(`${name}:${lineNumber}`, value as Record<string, unknown>)))
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
