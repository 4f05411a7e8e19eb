import { randomUUID } from 'node:crypto'
import { said, type Said } from '../shared/i18n/said'
import { LIMITS } from '../shared/limits'
import { attributeValueMismatch, type AttributeValues } from '../shared/model/attributes'
import type { Annotation } from '../shared/model/annotation'
import { DOCUMENT_SCHEMA_VERSION, type DocumentRecord } from '../shared/model/document'
import { isBuiltInRelationType, type Relation } from '../shared/model/relation'
import { normalizeText } from '../shared/text/normalize'
import { isCodePointBoundary, quoteWithContext } from '../shared/text/spans'
import { importError } from './import-error'
import type { ImportedAnnotation, ImportedDocument, ImportedRelation } from './imported-document'
import { lineEndingsWithMap } from './line-endings'
import { normalizeWithMap, type NormalizedWithMap } from './normalize-map'
import type { TagMatcher } from './tag-for-label'

const MAX_TITLE_LENGTH = 200

export interface FromImportOptions {
  tags: TagMatcher
  /** The annotation author when the file names none. */
  author: string
  /** Ids already used in the project or this import: a source id is kept only when free. */
  isIdTaken(id: string): boolean
  /** The project entity a mention with `tag` links to for the file's entity id; null leaves it unlinked (reported). */
  entityFor?(entityId: string, tag: string): string | null
  now?: Date
  /** The relation types the project defines; a relation of another non-built-in type is left out (reported). */
  relationTypeIds?: ReadonlySet<string>
}

export interface FromImportResult {
  record: DocumentRecord
  /** Spans that were moved, clipped or dropped on the way in, each naming the document and the span. */
  warnings: Said[]
  /** The file's annotation ids → the stored ones, for the relations across documents (import/cross-document-relations.ts). */
  annotationIds: ReadonlyMap<string, string>
}

/**
 * A document record from an imported document: the text of an annotation format kept as given (CRLF made
 * LF), of a prose format normalised (NFC, `\n`, trimmed lines, blank-line paragraphs), and every span
 * carried through exactly, in UTF-16 units. A span whose
 * end fell inside characters normalisation combined is widened to the whole character and reported; a
 * span outside the text, or left empty, is dropped and reported. Nothing is shifted silently.
 */
export function documentFromImport(imported: ImportedDocument, options: FromImportOptions): FromImportResult {
  const { origin } = imported
  if (imported.text.includes('\u0000')) throw importError(origin, said('importReport.document.nul'))
  const warnings: Said[] = []
  const mapped = textWithMap(imported, warnings)
  const text = mapped?.text ?? normalizeText(imported.text)
  if (text.trim().length === 0) throw importError(origin, said('importReport.document.noText'))
  if (text.length > LIMITS.documentChars) {
    throw importError(origin, said('importReport.document.tooLong', { millions: LIMITS.documentChars / 1024 / 1024 }))
  }
  const toUtf16 = imported.offsetUnit === 'codepoint' ? codePointToUtf16(imported.text) : (offset: number) => offset
  const now = (options.now ?? new Date()).toISOString()
  const idFor = new Map<string, string>()
  const annotations: Annotation[] = []
  for (const source of imported.annotations) {
    const span = describeSpan(source)
    const rawStart = toUtf16(source.start)
    const rawEnd = toUtf16(source.end)
    if (rawStart === null || rawEnd === null || rawStart < 0 || rawEnd > imported.text.length || source.start >= source.end || !isCodePointBoundary(imported.text, rawStart) || !isCodePointBoundary(imported.text, rawEnd)) {
      warnings.push(said('importReport.span.doesNotFit', { origin, span, length: imported.text.length, unit: imported.offsetUnit }))
      continue
    }
    const start = mapped?.map(rawStart, 'start') ?? { offset: rawStart, exact: true }
    const end = mapped?.map(rawEnd, 'end') ?? { offset: rawEnd, exact: true }
    if (end.offset <= start.offset) {
      warnings.push(said('importReport.span.onlyRemoved', { origin, span }))
      continue
    }
    if (!start.exact || !end.exact) {
      warnings.push(said('importReport.span.widened', { origin, span }))
    }
    const tag = options.tags.tagFor(source.tag)
    if (!tag) {
      warnings.push(said('importReport.span.noTag', { origin, span, tag: source.tag }))
      continue
    }
    const id = source.id && isKeepableId(source.id) && !options.isIdTaken(source.id) && !idFor.has(source.id) ? source.id : randomUUID()
    if (source.id) idFor.set(source.id, id)
    annotations.push({
      id,
      tag,
      start: start.offset,
      end: end.offset,
      ...quoteWithContext(text, start.offset, end.offset),
      attributes: fittingAttributes(source, tag, options.tags, origin, warnings),
      note: source.note ?? '',
      author: source.author ?? options.author,
      ...(source.curator ? { curator: source.curator } : {}),
      createdAt: isoTime(source.createdAt) ?? now,
      updatedAt: isoTime(source.updatedAt) ?? isoTime(source.createdAt) ?? now,
      entityId: linkedEntity(source, tag, options, origin, warnings)
    })
  }
  const relations: Relation[] = []
  const usedIds = new Set(annotations.map((a) => a.id))
  for (const relation of imported.relations ?? []) {
    // Those across documents are the file's: kept once all its documents are stored (cross-document-relations.ts).
    if (relation.toDocument !== undefined) continue
    const unkept = unkeptRelation(relation, options.relationTypeIds)
    if (unkept) {
      warnings.push(said('importReport.relation.leftOut', { origin, type: relation.type, reason: unkept }))
      continue
    }
    const from = idFor.get(relation.from)
    const to = idFor.get(relation.to)
    if (!from || !to || !usedIds.has(from) || !usedIds.has(to)) {
      warnings.push(said('importReport.relation.spanNotImported', { origin, type: relation.type }))
      continue
    }
    const id = relation.id && isKeepableId(relation.id) && !options.isIdTaken(relation.id) && !usedIds.has(relation.id) ? relation.id : randomUUID()
    usedIds.add(id)
    relations.push({ id, type: relation.type, from, to, author: relation.author ?? options.author, createdAt: isoTime(relation.createdAt) ?? now })
  }
  const firstLine = firstNonBlankLine(text)
  const metadata = imported.metadata
  const record: DocumentRecord = {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id: imported.id && !options.isIdTaken(imported.id) ? imported.id : randomUUID(),
    title: shorten(metadata.title?.trim() || firstLine, MAX_TITLE_LENGTH),
    source: metadata.source ?? '',
    author: metadata.author ?? '',
    date: metadata.date ?? null,
    url: metadata.url ?? '',
    language: metadata.language ?? '',
    importedFrom: origin,
    importedAt: now,
    status: imported.status ?? (annotations.length > 0 ? 'in-progress' : 'not-started'),
    text,
    annotations,
    relations,
    // As the file states them: the pipeline keeps those the project's (or the file's) definitions allow.
    ...(imported.fields && Object.keys(imported.fields).length > 0 ? { fields: imported.fields } : {})
  }
  return { record, warnings, annotationIds: idFor }
}

/**
 * The stored text and the map of the file's offsets into it: an annotation format's text as given (CRLF
 * made LF, reported); a prose format's text normalised, mapped only when it carries spans.
 */
function textWithMap(imported: ImportedDocument, warnings: Said[]): NormalizedWithMap | null {
  if (imported.exactText) {
    const kept = lineEndingsWithMap(imported.text)
    if (kept.crlfCount > 0) {
      warnings.push(said('importReport.lineEndings', { origin: imported.origin, count: kept.crlfCount }))
    }
    return kept
  }
  if (imported.annotations.length === 0) return null
  const mapped = normalizeWithMap(imported.text)
  if (!mapped) throw importError(imported.origin, said('importReport.document.spansNotCarried'))
  return mapped
}

function firstNonBlankLine(text: string): string {
  for (const line of text.split('\n', 50)) if (line.trim()) return line.trim()
  return text.trim()
}

/** A source's id is kept when it is short and printable (a UUID, `a-claim`, `T12`); anything else gets a fresh one. */
export function isKeepableId(id: string): boolean {
  return id.length <= MAX_KEPT_ID_LENGTH && /^[\w.:-]+$/u.test(id)
}
const MAX_KEPT_ID_LENGTH = 100

/** Code-point offsets into `text` → UTF-16 offsets; null past the end. */
function codePointToUtf16(text: string): (offset: number) => number | null {
  const starts: number[] = []
  let utf16 = 0
  for (const char of text) {
    starts.push(utf16)
    utf16 += char.length
  }
  starts.push(utf16)
  return (offset) => (Number.isInteger(offset) && offset >= 0 ? (starts[offset] ?? null) : null)
}

function fittingAttributes(source: ImportedAnnotation, tag: string, tags: TagMatcher, origin: string, warnings: Said[]): AttributeValues {
  const kept: AttributeValues = {}
  const definitions = tags.definition(tag)?.attributes ?? []
  for (const [key, value] of Object.entries(source.attributes ?? {})) {
    const definition = definitions.find((d) => d.id === key)
    const problem = definition ? attributeValueMismatch(definition, value) : said('importReport.attribute.undefined', { tag, attribute: key })
    if (problem) warnings.push(said('importReport.attribute.leftOut', { origin, tag, problem }))
    else kept[key] = value
  }
  return kept
}

function linkedEntity(source: ImportedAnnotation, tag: string, options: FromImportOptions, origin: string, warnings: Said[]): string | null {
  if (!source.entityId) return null
  const entityId = options.entityFor?.(source.entityId, tag) ?? null
  if (!entityId) warnings.push(said('importReport.entity.unlinked', { origin, tag, entity: source.entityId }))
  return entityId
}

export function isoTime(value: string | undefined): string | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  return text.slice(0, isCodePointBoundary(text, max) ? max : max - 1)
}

/** Why a relation within the document cannot be kept by the import, or null: a project type the project lacks. */
function unkeptRelation(relation: ImportedRelation, projectTypes: ReadonlySet<string> = new Set()): Said | null {
  if (!isBuiltInRelationType(relation.type) && !projectTypes.has(relation.type)) return said('importReport.relation.noSuchType')
  return null
}

/** "claim span 3–10"; offsets a file gave that are not whole numbers are quoted as the file wrote them. */
function describeSpan(source: ImportedAnnotation): Said {
  const whole = Number.isSafeInteger(source.start) && Number.isSafeInteger(source.end)
  // `+ 0` makes a -0 the file gave 0, as the English always wrote it (a number format would write "-0").
  return whole ? said('importReport.span', { tag: source.tag, start: source.start + 0, end: source.end + 0 }) : said('importReport.span.asGiven', { tag: source.tag, start: String(source.start), end: String(source.end) })
}

