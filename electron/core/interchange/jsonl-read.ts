import { z } from 'zod'
import type { ImportedDocument } from '../import/imported-document'
import { attributeValueSchema } from '../shared/model/attributes'
import { said, type Said } from '../shared/i18n/said'
import { documentStatusSchema } from '../shared/model/document'
import { tagDefinitionSchema, type TagDefinition } from '../shared/model/project'
import { relationTypeIdSchema } from '../shared/model/relation'
import { documentFieldDefinitionSchema, documentFieldValuesSchema, MAX_DOCUMENT_FIELDS, type DocumentFieldDefinition } from '../shared/model/document-fields'
import { TESSERA_JSONL_VERSION } from '../exports/formats/jsonl'
import { declaredEntitySchema, describeIssue, interchangeError, type InterchangeRead, type InterchangeReadOptions } from './interchange-read'
import type { DeclaredEntity } from '../import/imported-document'

const headerSchema = z.object({
  type: z.literal('header'),
  format: z.literal('tessera-jsonl'),
  format_version: z.number().int(),
  offset_unit: z.enum(['codepoint', 'utf16']),
  tags: z.array(tagDefinitionSchema.omit({ key: true }).extend({ key: z.string().nullable().optional() })).default([]),
  entities: z.array(declaredEntitySchema).default([]),
  document_fields: z.array(documentFieldDefinitionSchema).max(MAX_DOCUMENT_FIELDS).default([])
})

const annotationLineSchema = z.object({
  id: z.string().min(1).optional(),
  tag: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().optional(),
  attributes: z.record(z.string(), attributeValueSchema).default({}),
  note: z.string().default(''),
  author: z.string().default(''),
  curator: z.string().min(1).max(200).optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
  entity: z.object({ id: z.string().min(1), name: z.string().optional() }).nullable().optional()
})

const documentLineSchema = z.object({
  type: z.literal('document').optional(),
  id: z.string().min(1).optional(),
  title: z.string().optional(),
  /** The outlet; files of format version 1 call it `source`. */
  outlet: z.string().optional(),
  source: z.string().optional(),
  author: z.string().optional(),
  date: z.string().nullable().optional(),
  url: z.string().optional(),
  language: z.string().optional(),
  status: documentStatusSchema.optional(),
  offset_unit: z.enum(['codepoint', 'utf16']).optional(),
  text: z.string(),
  annotations: z.array(annotationLineSchema).default([]),
  relations: z
    .array(z.object({ id: z.string().min(1).max(200).optional(), type: relationTypeIdSchema, from: z.string(), to: z.string(), to_document: z.string().min(1).max(200).optional(), author: z.string().optional(), created_at: z.string().optional() }))
    .default([]),
  fields: documentFieldValuesSchema.optional()
})

/** True when the first line is a Tessera JSONL header, or a document line of the first release (no header yet). */
export function looksLikeTesseraJsonl(head: string): boolean {
  const firstLine = head.slice(0, head.indexOf('\n') === -1 ? head.length : head.indexOf('\n'))
  return /^\{"type":"header","format":"tessera-jsonl"/.test(firstLine) || /^\{"id":"[^"]*","title":".*"offset_unit":"(codepoint|utf16)"/.test(firstLine)
}

/** A line of the file: its text, or why it was not read (over the per-document limit). */
export type JsonlLine = { lineNumber: number; text: string } | { lineNumber: number; tooLong: Said }

/**
 * Reads Tessera's JSONL export: the header (format version, offset unit, tag schema) and one document per
 * line. A line that is not valid stops the file with its line number, unless `skipInvalid`, when it is
 * reported and left out. Offsets stay in the file's unit, into the text as written.
 */
export function readTesseraJsonl(fileName: string, content: string, options: InterchangeReadOptions = {}): InterchangeRead {
  const lines = content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, index) => ({ lineNumber: index + 1, text }))
  return readTesseraJsonlLines(fileName, lines, options)
}

/** The same, from lines handed one at a time (the import reads a large file line by line from its bytes). */
export function readTesseraJsonlLines(fileName: string, lines: Iterable<JsonlLine>, options: InterchangeReadOptions = {}): InterchangeRead {
  const documents: ImportedDocument[] = []
  let tags: TagDefinition[] = []
  let entities: DeclaredEntity[] = []
  let documentFields: DocumentFieldDefinition[] = []
  let unit: 'codepoint' | 'utf16' = 'codepoint'
  for (const line of lines) {
    const where = `${fileName}:${line.lineNumber}`
    if ('tooLong' in line) {
      invalid(where, said('readers.jsonl.tooLong', { problem: line.tooLong }), options)
      continue
    }
    if (line.text.trim() === '') continue
    let json: unknown
    try {
      json = JSON.parse(line.text)
    } catch (error) {
      invalid(where, said('readers.notJson', { error: (error as Error).message }), options)
      continue
    }
    if (line.lineNumber === 1 && (json as { type?: unknown } | null)?.type === 'header') {
      const header = headerSchema.safeParse(json)
      if (!header.success) throw interchangeError(where, said('readers.jsonl.badHeader', { issue: describeIssue(header.error.issues) }))
      if (header.data.format_version > TESSERA_JSONL_VERSION) {
        throw interchangeError(fileName, said('readers.jsonl.newerVersion', { version: header.data.format_version, supported: TESSERA_JSONL_VERSION }))
      }
      unit = header.data.offset_unit
      tags = header.data.tags.map((tag) => ({ ...tag, key: null }))
      entities = header.data.entities
      documentFields = header.data.document_fields
      continue
    }
    const parsed = documentLineSchema.safeParse(json)
    if (!parsed.success) invalid(where, said('readers.jsonl.notDocument', { issue: describeIssue(parsed.error.issues) }), options)
    else documents.push(toImported(where, parsed.data, unit))
  }
  return { documents, tags, entities, documentFields }
}

function invalid(where: string, problem: Said, options: InterchangeReadOptions): void {
  if (!options.skipInvalid) throw interchangeError(where, problem)
  options.warn?.(said('readers.jsonl.leftOut', { file: where, problem }))
}

function toImported(origin: string, line: z.infer<typeof documentLineSchema>, headerUnit: 'codepoint' | 'utf16'): ImportedDocument {
  const metadata: ImportedDocument['metadata'] = {}
  if (line.title) metadata.title = line.title
  const outlet = line.outlet ?? line.source
  if (outlet !== undefined) metadata.source = outlet
  if (line.author !== undefined) metadata.author = line.author
  if (line.date !== undefined && line.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(line.date)) metadata.date = line.date
  if (line.url !== undefined) metadata.url = line.url
  if (line.language !== undefined) metadata.language = line.language
  return {
    origin,
    ...(line.id ? { id: line.id } : {}),
    metadata,
    text: line.text,
    offsetUnit: line.offset_unit ?? headerUnit,
    exactText: true,
    ...(line.status ? { status: line.status } : {}),
    ...(line.fields ? { fields: line.fields } : {}),
    annotations: line.annotations.map((a) => ({
      ...(a.id ? { id: a.id } : {}),
      tag: a.tag,
      start: a.start,
      end: a.end,
      attributes: a.attributes,
      note: a.note,
      author: a.author,
      ...(a.curator ? { curator: a.curator } : {}),
      ...(a.created_at ? { createdAt: a.created_at } : {}),
      ...(a.updated_at ? { updatedAt: a.updated_at } : {}),
      entityId: a.entity?.id ?? null
    })),
    relations: line.relations.map(({ id, type, from, to, to_document, author, created_at }) => ({ type, from, to, ...(to_document !== undefined && to_document !== line.id ? { toDocument: to_document } : {}), ...(id ? { id } : {}), ...(author ? { author } : {}), ...(created_at ? { createdAt: created_at } : {}) }))
  }
}
