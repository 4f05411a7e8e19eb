import { z } from 'zod'
import {
  documentFieldDefinitionSchema,
  documentFieldIdSchema,
  documentFieldValueSchema,
  MAX_DOCUMENT_FIELDS,
  type DocumentFieldValue,
  type DocumentFieldValues
} from '../shared/model/document-fields'
import type { ImportedAnnotation, ImportedDocument, ImportedRelation } from '../import/imported-document'
import { attributeValueSchema, type AttributeValues } from '../shared/model/attributes'
import { documentStatusSchema } from '../shared/model/document'
import { said } from '../shared/i18n/said'
import { tagDefinitionSchema } from '../shared/model/project'
import { relationTypeIdSchema } from '../shared/model/relation'
import { isRecord } from '../import/readers/json-lines'
import { shorten } from '../import/warnings'
import { declaredEntitySchema, describeIssue, interchangeError, type InterchangeRead, type InterchangeReadOptions } from './interchange-read'
import { isTesseraDocument, refuseSingleAnnotation, refuseTextlessAnnotations, typesOf } from './w3c-foreign'

const selectorSchema = z.object({ type: z.string() }).passthrough()
const bodySchema = z.union([
  z.string(),
  z
    .object({
      type: z.string().optional(),
      purpose: z.string().optional(),
      value: z.string().optional(),
      source: z.union([z.string(), z.object({ id: z.string(), label: z.string().optional() }).passthrough()]).optional()
    })
    .passthrough()
])
const annotationSchema = z
  .object({
    id: z.string(),
    motivation: z.string().optional(),
    created: z.string().optional(),
    modified: z.string().optional(),
    creator: z.object({ name: z.string().optional() }).passthrough().optional(),
    body: z.union([bodySchema, z.array(bodySchema)]).optional(),
    target: z.union([z.string(), z.array(z.string()), z.object({ source: z.string(), selector: z.union([selectorSchema, z.array(selectorSchema)]).optional() }).passthrough()])
  })
  .passthrough()
const documentSchema = z.object({
  id: z.string(),
  'tessera:id': z.string().optional(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  /** The outlet, as exports written before `outlet` named it. */
  source: z.string().optional(),
  author: z.string().optional(),
  date: z.string().nullable().optional(),
  url: z.string().optional(),
  language: z.string().optional(),
  status: documentStatusSchema.optional(),
  text: z.string()
})
const collectionSchema = z.object({
  type: z.union([z.string(), z.array(z.string())]),
  first: z.object({ items: z.array(annotationSchema) }),
  'tessera:documents': z.array(documentSchema).optional(),
  'tessera:tags': z.array(tagDefinitionSchema).optional(),
  'tessera:documentFields': z.array(documentFieldDefinitionSchema).max(MAX_DOCUMENT_FIELDS).optional(),
  'tessera:entities': z.array(declaredEntitySchema.extend({ 'tessera:id': z.string().min(1).max(64).optional() })).optional()
})

type WebAnnotation = z.infer<typeof annotationSchema>

/** True when the file is a JSON-LD AnnotationCollection (sniffed from its first bytes). */
export function looksLikeW3c(head: string): boolean {
  return /"type"\s*:\s*"AnnotationCollection"/.test(head) && head.includes('http://www.w3.org/ns/anno.jsonld')
}

const listOf = (target: string | string[]): string[] => (Array.isArray(target) ? target : [target])

/** The Tessera id at the end of a `urn:tessera:…:<id>` URI, or the URI itself. */
function localId(uri: string): string {
  const match = /^urn:tessera:[a-z]+:(.+)$/.exec(uri)
  return match?.[1] ? decodeURIComponent(match[1]) : uri
}

/**
 * Reads a W3C Web Annotation collection as Tessera writes it: the documents (`tessera:documents`), every
 * tagging annotation (TextPositionSelector in code points, checked against its TextQuoteSelector; a span
 * whose position no longer fits its quote is re-anchored by the quote with its prefix and suffix, and
 * reported, or left out when the quote is not found), and linking annotations as relations.
 */
export function readW3cCollection(fileName: string, content: string, options: InterchangeReadOptions = {}): InterchangeRead {
  let json: unknown
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw interchangeError(fileName, said('readers.notJson', { error: (error as Error).message }))
  }
  refuseForeign(fileName, json)
  const parsed = collectionSchema.safeParse(json)
  if (!parsed.success) throw interchangeError(fileName, said('readers.w3c.notCollection', { issue: describeIssue(parsed.error.issues) }))
  const texts = parsed.data['tessera:documents']
  if (!texts) throw interchangeError(fileName, said('readers.w3c.noTexts'))
  const byDocument = new Map<string, { annotations: ImportedAnnotation[]; relations: ImportedRelation[]; fields?: DocumentFieldValues }>()
  for (const d of texts) byDocument.set(d.id, { annotations: [], relations: [] })
  const codePointTexts = new Map(texts.map((d) => [d.id, Array.from(d.text)]))
  // A link's tessera:targetDocument is a document's URI; the relation names the document by the id it is imported with.
  const documentIds = new Map(texts.map((d) => [d.id, d['tessera:id'] ?? localId(d.id)]))

  for (const item of parsed.data.first.items) {
    if (item.motivation === 'linking') {
      const relation = relationOf(item, (uri) => documentIds.get(uri) ?? localId(uri))
      const owner = typeof item['tessera:document'] === 'string' ? byDocument.get(item['tessera:document']) : undefined
      if (relation && owner) owner.relations.push(relation)
      else options.warn?.(said('readers.w3c.badLink', { file: fileName, id: item.id }))
      continue
    }
    const label = item.motivation === 'classifying' && typeof item.target === 'string' ? labelOf(item) : null
    if (label && typeof item.target === 'string') {
      const owner = byDocument.get(item.target)
      if (owner) owner.fields = { ...owner.fields, [label.field]: label.value }
      else options.warn?.(said('readers.w3c.labelElsewhere', { file: fileName, id: item.id, target: item.target }))
      continue
    }
    if (typeof item.target === 'string' || Array.isArray(item.target)) {
      options.warn?.(said('readers.w3c.notSpan', { file: fileName, id: item.id, targets: listOf(item.target).join(', ') }))
      continue
    }
    const owner = byDocument.get(item.target.source)
    const chars = codePointTexts.get(item.target.source)
    if (!owner || !chars) {
      const message = isTesseraDocument(item.target.source) ? 'readers.w3c.textElsewhere' : 'readers.w3c.webTarget'
      options.warn?.(said(message, { file: fileName, id: item.id, target: item.target.source }))
      continue
    }
    const annotation = annotationOf(fileName, item, chars, options)
    if (annotation) owner.annotations.push(annotation)
  }

  const documents: ImportedDocument[] = texts.map((d) => {
    const found = byDocument.get(d.id) ?? { annotations: [], relations: [] }
    const outlet = d.outlet ?? d.source
    return {
      origin: `${fileName}#${d['tessera:id'] ?? d.id}`,
      id: d['tessera:id'] ?? localId(d.id),
      metadata: {
        ...(d.title ? { title: d.title } : {}),
        ...(outlet !== undefined ? { source: outlet } : {}),
        ...(d.author !== undefined ? { author: d.author } : {}),
        ...(d.date ? { date: d.date } : {}),
        ...(d.url !== undefined ? { url: d.url } : {}),
        ...(d.language !== undefined ? { language: d.language } : {})
      },
      ...(d.status ? { status: d.status } : {}),
      text: d.text,
      offsetUnit: 'codepoint',
      exactText: true,
      annotations: found.annotations,
      relations: found.relations,
      ...(found.fields ? { fields: found.fields } : {})
    }
  })
  const entities = (parsed.data['tessera:entities'] ?? []).map(({ 'tessera:id': id, ...entity }) => ({ ...entity, id: id ?? localId(entity.id) }))
  return { documents, tags: parsed.data['tessera:tags'] ?? [], entities, documentFields: parsed.data['tessera:documentFields'] ?? [] }
}

/**
 * Files of other tools, which annotate web resources rather than carry texts: a single Annotation (or an
 * object with a target that claims to be one), an AnnotationPage, a collection without tessera:documents.
 * Each is refused naming what is wrong with it or what it points to.
 */
function refuseForeign(fileName: string, json: unknown): void {
  if (!isRecord(json)) return
  const types = typesOf(json)
  if (types.includes('AnnotationPage') && !types.includes('AnnotationCollection')) {
    refuseTextlessAnnotations(fileName, 'W3C AnnotationPage', Array.isArray(json.items) ? json.items : [])
  }
  if (!types.includes('AnnotationCollection')) {
    if (types.includes('Annotation') || 'target' in json) refuseSingleAnnotation(fileName, json)
    return
  }
  if (json['tessera:documents'] !== undefined) return
  if (typeof json.first === 'string') {
    throw interchangeError(fileName, said('readers.w3c.pagedCollection', { first: shorten(json.first, 100) }))
  }
  refuseTextlessAnnotations(fileName, 'W3C AnnotationCollection', isRecord(json.first) && Array.isArray(json.first.items) ? json.first.items : [])
}

/** A whole-article label Tessera wrote: a classifying annotation of the whole source, its field and typed value. */
function labelOf(item: WebAnnotation): { field: string; value: DocumentFieldValue } | null {
  const field = documentFieldIdSchema.safeParse(item['tessera:field'])
  const value = documentFieldValueSchema.safeParse(item['tessera:value'])
  return field.success && value.success ? { field: field.data, value: value.data } : null
}

/** A linking annotation as a relation: targets [from, to] (or, as the first release wrote it, target from and body to). */
function relationOf(item: WebAnnotation, documentId: (uri: string) => string): ImportedRelation | null {
  const type = relationTypeIdSchema.safeParse(item['tessera:relationType'])
  if (!type.success) return null
  const target = item['tessera:targetDocument']
  const across = typeof target === 'string' && target !== item['tessera:document'] ? { toDocument: documentId(target) } : {}
  const provenance = { ...across, id: localId(item.id), ...(item.creator?.name ? { author: item.creator.name } : {}), ...(item.created ? { createdAt: item.created } : {}) }
  if (Array.isArray(item.target) && item.target.length === 2) return { type: type.data, from: localId(item.target[0] ?? ''), to: localId(item.target[1] ?? ''), ...provenance }
  if (typeof item.target === 'string' && typeof item.body === 'string') return { type: type.data, from: localId(item.target), to: localId(item.body), ...provenance }
  return null
}

function annotationOf(fileName: string, item: WebAnnotation, chars: string[], options: InterchangeReadOptions): ImportedAnnotation | null {
  if (typeof item.target === 'string' || Array.isArray(item.target)) return null
  const bodies = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body]
  const objects = bodies.filter((b): b is Exclude<typeof b, string> => typeof b !== 'string')
  const tag = objects.find((b) => b.purpose === 'tagging')?.value
  if (!tag) {
    options.warn?.(said('readers.w3c.noTag', { file: fileName, id: item.id }))
    return null
  }
  const selectors = item.target.selector === undefined ? [] : Array.isArray(item.target.selector) ? item.target.selector : [item.target.selector]
  const position = selectors.find((s) => s.type === 'TextPositionSelector') as { start?: unknown; end?: unknown } | undefined
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as { exact?: unknown; prefix?: unknown; suffix?: unknown } | undefined
  const span = anchor(chars, position, quote)
  if (!span) {
    options.warn?.(said('readers.w3c.notAnchored', { file: fileName, id: item.id, tag }))
    return null
  }
  if (span.moved) options.warn?.(said('readers.w3c.moved', { file: fileName, id: item.id, tag, start: span.start, end: span.end }))
  const attributes: AttributeValues = {}
  for (const body of objects) {
    const name = body['tessera:attribute']
    const value = attributeValueSchema.safeParse(body['tessera:value'])
    if (body.purpose === 'describing' && typeof name === 'string' && value.success) attributes[name] = value.data
  }
  const identifying = objects.find((b) => b.purpose === 'identifying' && b.source !== undefined)?.source
  const entity = typeof identifying === 'string' ? identifying : identifying?.id
  return {
    id: localId(item.id),
    tag,
    start: span.start,
    end: span.end,
    attributes,
    note: objects.filter((b) => b.purpose === 'commenting').map((b) => b.value ?? '').join('\n\n'),
    author: item.creator?.name ?? '',
    ...(item.created ? { createdAt: item.created } : {}),
    ...(item.modified ? { updatedAt: item.modified } : {}),
    entityId: entity ? localId(entity) : null
  }
}

/** The span the selectors describe, in code points: the position when it holds the quote, else the quote found by its context. */
function anchor(
  chars: string[],
  position: { start?: unknown; end?: unknown } | undefined,
  quote: { exact?: unknown; prefix?: unknown; suffix?: unknown } | undefined
): { start: number; end: number; moved: boolean } | null {
  const start = typeof position?.start === 'number' ? position.start : -1
  const end = typeof position?.end === 'number' ? position.end : -1
  const exact = typeof quote?.exact === 'string' ? quote.exact : null
  const fits = start >= 0 && end > start && end <= chars.length
  if (fits && (exact === null || chars.slice(start, end).join('') === exact)) return { start, end, moved: false }
  if (!exact) return null
  const text = chars.join('')
  const prefix = typeof quote?.prefix === 'string' ? quote.prefix : ''
  const suffix = typeof quote?.suffix === 'string' ? quote.suffix : ''
  let at = text.indexOf(prefix + exact + suffix)
  let offset = prefix.length
  if (at === -1) {
    at = text.indexOf(exact)
    offset = 0
  }
  if (at === -1) return null
  const from = Array.from(text.slice(0, at + offset)).length
  return { start: from, end: from + Array.from(exact).length, moved: true }
}
