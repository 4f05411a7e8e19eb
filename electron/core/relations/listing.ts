import type { CoreContext } from '../context'
import { foldKey } from '../shared/text/fold'
import type { Annotation } from '../shared/model/annotation'
import type { DocumentRecord } from '../shared/model/document'
import { isBuiltInRelationType, type Relation } from '../shared/model/relation'
import type { ListedRelation, RelationEnd } from '../shared/model/relation-listing'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { findAnnotation } from '../annotations/commands'
import { documentFor, readerOf } from '../layers/blind-reads'

/** Every relation with `annotationId` at one end, inside its document and across documents, with the other end's quote and document. */
export async function relationsOfAnnotation(context: CoreContext, documentId: string, annotationId: string): Promise<ListedRelation[]> {
  const reader = readerOf(context)
  const document = documentFor(reader, await context.store.getDocument(documentId))
  const listed: ListedRelation[] = []
  for (const relation of document.relations) {
    if (relation.from !== annotationId && relation.to !== annotationId) continue
    const outgoing = relation.from === annotationId
    const other = document.annotations.find((a) => a.id === (outgoing ? relation.to : relation.from))
    listed.push(describe(context, relation, outgoing, other ? endOf(document, other) : null, documentId))
  }
  for (const relation of (await context.store.crossRelations.read()).relations) {
    const outgoing = relation.fromDocumentId === documentId && relation.from === annotationId
    const incoming = relation.toDocumentId === documentId && relation.to === annotationId
    if (!outgoing && !incoming) continue
    const [otherDocumentId, otherId] = outgoing ? [relation.toDocumentId, relation.to] : [relation.fromDocumentId, relation.from]
    if (!document.annotations.some((a) => a.id === annotationId)) continue
    const other = await readEnd(context, otherDocumentId, otherId)
    // An end blind mode hides (another annotator's annotation) is not listed, as if the relation were not there.
    if (other === 'hidden') continue
    listed.push(describe(context, relation, outgoing, other, null))
  }
  return listed
}

function describe(context: CoreContext, relation: Relation, outgoing: boolean, other: RelationEnd | null, documentId: string | null): ListedRelation {
  const type = context.store.info.relationTypes.find((t) => t.id === relation.type)
  return {
    id: relation.id,
    type: relation.type,
    typeLabel: type?.label ?? relation.type,
    direction: outgoing ? 'outgoing' : 'incoming',
    directed: type?.directed ?? true,
    builtIn: isBuiltInRelationType(relation.type),
    other,
    documentId
  }
}

async function readEnd(context: CoreContext, documentId: string, annotationId: string): Promise<RelationEnd | null | 'hidden'> {
  try {
    const whole = await context.store.readDocumentOnce(documentId)
    const annotation = whole.annotations.find((a) => a.id === annotationId)
    if (annotation && !documentFor(readerOf(context), whole).annotations.includes(annotation)) return 'hidden'
    return annotation ? endOf(whole, annotation) : null
  } catch {
    return null
  }
}

function endOf(document: DocumentRecord, annotation: Annotation): RelationEnd {
  return { documentId: document.id, documentTitle: document.title, source: document.source, annotationId: annotation.id, tag: annotation.tag, quote: annotation.quote }
}

export interface CandidateQuery {
  documentId: string
  annotationId: string
  type: string
  query?: string | undefined
  limit: number
}

/**
 * The annotations `annotationId` may be related to by `type`: those whose tag the type allows at the
 * other end, in its own document first (nearest first), then, where the type allows ends in two
 * documents, in the others in the project's order. `query` keeps those whose quote holds it (case,
 * diacritics and Arabic letter variants ignored).
 */
export async function relationCandidates(context: CoreContext, input: CandidateQuery): Promise<{ candidates: RelationEnd[]; truncated: boolean }> {
  const type = context.store.info.relationTypes.find((t) => t.id === input.type)
  if (!type) throw new ApiError('invalid-input', said('problems.relations.unknownType', { type: input.type }))
  const reader = readerOf(context)
  const document = documentFor(reader, await context.store.getDocument(input.documentId))
  const source = findAnnotation(document, input.annotationId)
  const allowed = new Set<string>(type.from.includes(source.tag) ? type.to : [])
  if (!type.directed && type.to.includes(source.tag)) type.from.forEach((tag) => allowed.add(tag))
  const needle = input.query ? foldKey(input.query.trim()) : ''
  const fits = (a: Annotation) => a.id !== source.id && allowed.has(a.tag) && (needle === '' || foldKey(a.quote).includes(needle))
  const candidates: RelationEnd[] = []
  const near = document.annotations.filter(fits).sort((a, b) => Math.abs(a.start - source.start) - Math.abs(b.start - source.start))
  for (const annotation of near) candidates.push(endOf(document, annotation))
  if (type.crossDocument) {
    for (const id of context.store.info.documentIds) {
      if (id === document.id) continue
      if (candidates.length > input.limit) break
      const read = await context.store.readDocumentOnce(id).catch(() => null)
      const other = read && documentFor(reader, read)
      for (const annotation of other?.annotations ?? []) if (fits(annotation)) candidates.push(endOf(other as DocumentRecord, annotation))
    }
  }
  return { candidates: candidates.slice(0, input.limit), truncated: candidates.length > input.limit }
}
