import type { ImportedAnnotation, ImportedDocument, ImportedRelation } from '../imported-document'
import { relationTypeSchema, type RelationType } from '../../shared/model/relation'
import { detectLanguage } from '../metadata/language'
import { said, type Said } from '../../shared/i18n/said'
import { importError } from '../import-error'
import { MAX_IMPORT_FILE_BYTES } from '../../shared/import/limits'
import { saidBytes } from '../byte-size'
import { andList } from '../said-lists'
import { linesOfBytes, reportingLines } from '../line-reader'
import { extensionOf, headText, type ImportReader, type ImportReadOptions } from '../reader'
import { decodeForReader } from './decode-for-reader'
import { doccanoColumns, isDoccanoSpan } from './doccano-columns'
import { isRecord, parseJsonLineList, parseJsonLines, type JsonLine } from './json-lines'

/**
 * doccano's sequence-labelling JSONL: one document per line, `text` with spans in Unicode code points,
 * as `label: [[start, end, "TAG"], …]` (doccano 1.x), `labels` (older exports) or
 * `entities: [{id, label, start_offset, end_offset}]` with `relations: [{from_id, to_id, type}]` (the
 * relation-extraction export). Prodigy's and spaCy's JSONL (`spans: [{start, end, label}]`, also code points)
 * read the same way; a Prodigy example answered reject or ignore comes in without its spans, reported. Columns named otherwise are found (see doccano-columns.ts) and reported.
 * Relations come in when their type is one of Tessera's (spelt any way: `attributed_to`, `attributedTo`);
 * the others are counted by type and reported, since a project's relation types are fixed.
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
    const lineProblem = (value: unknown): Said | null => problemOf(value, options.textField)
    const lines = bytes.length > (options.maxDocumentBytes ?? MAX_IMPORT_FILE_BYTES) ? largeFileLines(name, bytes, options, lineProblem) : smallFileLines(name, bytes, options, lineProblem)
    const file = new FileFindings()
    const documents = lines.map(({ lineNumber, value }) => toDocument(`${name}:${lineNumber}`, value as Record<string, unknown>, options.textField, file))
    file.report(name, options)
    return Promise.resolve(documents)
  }
}

type LineCheck = (value: unknown) => Said | null

/**
 * A file within the per-document limit, decoded whole (any encoding import detects). Besides JSON lines
 * it may be one JSON value, as content detection sends here: a pretty-printed object, or an array of them.
 */
function smallFileLines(name: string, bytes: Uint8Array, options: ImportReadOptions, lineProblem: LineCheck): JsonLine[] {
  const text = decodeForReader(name, bytes, options)
  const whole = /^\s*\[/.test(text) || !firstLineIsJson(text) ? parseWhole(text) : undefined
  if (whole === undefined) return parseJsonLines(name, text, options, lineProblem)
  const values = Array.isArray(whole) ? whole : [whole]
  const lines = values.map((value, index) => ({ lineNumber: index + 1, text: JSON.stringify(value) }))
  return parseJsonLineList(name, lines, options, lineProblem)
}

/** A file past the per-document limit, read line by line from its bytes; it must then be UTF-8. */
function largeFileLines(name: string, bytes: Uint8Array, options: ImportReadOptions, lineProblem: LineCheck): JsonLine[] {
  if (options.encoding && options.encoding !== 'utf-8') {
    throw importError(name, said('readers.doccano.largeNotUtf8', { size: saidBytes(bytes.length), encoding: options.encoding }))
  }
  options.usedEncoding('utf-8')
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  try {
    return parseJsonLineList(name, reportingLines(linesOfBytes(bytes, decoder, options.maxDocumentBytes ?? MAX_IMPORT_FILE_BYTES), options.progress), options, lineProblem)
  } catch (error) {
    if (error instanceof TypeError) throw importError(name, said('readers.doccano.largeInvalidUtf8', { size: saidBytes(bytes.length) }))
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

function problemOf(value: unknown, textField: string | undefined): Said | null {
  if (!isRecord(value)) return said('readers.doccano.notObject')
  const columns = doccanoColumns(value, textField)
  if ('problem' in columns) return columns.problem
  const spans = columns.spans ? value[columns.spans] : []
  // Text-classification labels (a list of strings) are not spans: they are left out, not an error.
  const bad = Array.isArray(spans) ? spans.findIndex((span) => typeof span !== 'string' && !isDoccanoSpan(span)) : -1
  return bad === -1 ? null : said('readers.doccano.badSpan', { span: bad + 1 })
}

/** What a whole file is reported for once, not line by line: the columns it was read from, the relations left out. */
class FileFindings {
  /** The fields other than doccano's own names the lines were read from, each pair once (null: the usual name). */
  readonly columns = new Map<string, { text: string | null; spans: string | null }>()
  readonly droppedRelationTypes = new Map<string, number>()
  classificationLabels = 0
  rejectedExamples = 0

  report(name: string, options: ImportReadOptions): void {
    for (const { text, spans } of this.columns.values()) {
      if (text !== null && spans !== null) options.warn(said('readers.doccano.textAndSpansFrom', { file: name, text, spans }))
      else if (text !== null) options.warn(said('readers.doccano.textFrom', { file: name, text }))
      else if (spans !== null) options.warn(said('readers.doccano.spansFrom', { file: name, spans }))
    }
    if (this.classificationLabels > 0) options.warn(said('readers.doccano.classificationLabels', { file: name, count: this.classificationLabels }))
    if (this.rejectedExamples > 0) options.warn(said('readers.doccano.rejectedExamples', { file: name, count: this.rejectedExamples }))
    if (this.droppedRelationTypes.size === 0) return
    const total = [...this.droppedRelationTypes.values()].reduce((sum, n) => sum + n, 0)
    const types = [...this.droppedRelationTypes].map(([type, n]) => `${type} (${n})`).join(', ')
    options.warn(said('readers.doccano.relationTypes', { file: name, count: total, types, known: andList(relationTypeSchema.options) }))
  }
}

function toSpan(span: unknown): ImportedAnnotation | null {
  if (!isDoccanoSpan(span)) return null
  if (Array.isArray(span)) return { start: span[0] as number, end: span[1] as number, tag: span[2] as string }
  if (isRecord(span) && span.start_offset === undefined) return { start: span.start as number, end: span.end as number, tag: span.label as string }
  const entity = span as { start_offset: number; end_offset: number; label: string; id?: unknown }
  // Not a valid Tessera id (the colon): the span gets a fresh id, and relations find it through this one.
  const id = typeof entity.id === 'number' || typeof entity.id === 'string' ? { id: `doccano:${String(entity.id)}` } : {}
  return { start: entity.start_offset, end: entity.end_offset, tag: entity.label, ...id }
}

/** `attributed_to`, `attributedTo`, `Attributed to` → `attributed-to`, when that is one of Tessera's relation types. */
function tesseraRelationType(type: string): RelationType | null {
  const kebab = type
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
  const parsed = relationTypeSchema.safeParse(kebab)
  return parsed.success ? parsed.data : null
}

function relationsOf(line: Record<string, unknown>, file: FileFindings): ImportedRelation[] {
  const relations: ImportedRelation[] = []
  for (const relation of Array.isArray(line.relations) ? line.relations : []) {
    if (!isRecord(relation) || typeof relation.type !== 'string') continue
    const { from_id: from, to_id: to } = relation
    if ((typeof from !== 'number' && typeof from !== 'string') || (typeof to !== 'number' && typeof to !== 'string')) continue
    const type = tesseraRelationType(relation.type)
    if (type) relations.push({ type, from: `doccano:${String(from)}`, to: `doccano:${String(to)}` })
    else file.droppedRelationTypes.set(relation.type, (file.droppedRelationTypes.get(relation.type) ?? 0) + 1)
  }
  return relations
}

function toDocument(origin: string, line: Record<string, unknown>, textField: string | undefined, file: FileFindings): ImportedDocument {
  const columns = doccanoColumns(line, textField)
  if ('problem' in columns) throw importError(origin, columns.problem)
  const renamed = {
    text: columns.text === 'text' ? null : columns.text,
    spans: columns.spans !== null && !['label', 'labels', 'entities', 'spans', 'ents'].includes(columns.spans) ? columns.spans : null
  }
  if (renamed.text !== null || renamed.spans !== null) file.columns.set(JSON.stringify(renamed), renamed)
  const text = line[columns.text] as string
  const listed = columns.spans && Array.isArray(line[columns.spans]) ? (line[columns.spans] as unknown[]) : []
  file.classificationLabels += listed.filter((span) => typeof span === 'string').length
  const rejected = line.answer === 'reject' || line.answer === 'ignore'
  if (rejected && listed.some(isDoccanoSpan)) file.rejectedExamples += 1
  const annotations = rejected ? [] : listed.map(toSpan).filter((span): span is ImportedAnnotation => span !== null)
  const relations = relationsOf(line, file)
  const title = typeof line.title === 'string' && line.title.trim() ? { title: line.title.trim().slice(0, 1_000) } : {}
  return { origin, metadata: { ...title, language: detectLanguage(text) }, text, offsetUnit: 'codepoint', exactText: true, annotations, ...(relations.length > 0 ? { relations } : {}) }
}
