import { randomUUID } from 'node:crypto'
import { findAnnotation } from '../annotations/commands'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import type { Annotation } from '../shared/model/annotation'
import type { CrossRelation, CrossRelationsFile } from '../shared/model/cross-relation'
import type { DocumentRecord } from '../shared/model/document'
import type { Relation } from '../shared/model/relation'
import type { RelationTypeDefinition } from '../shared/model/relation-types'
import { shortQuote } from './quote'

export interface CustomRelationInput {
  type: RelationTypeDefinition
  from: string
  to: string
  author: string
  now: string
}

/**
 * A relation of a project-defined type between two annotations of one document, after checking both
 * ends exist and carry tags the type allows (either way round for a symmetric type) and that it is not
 * there already (for a symmetric type, in either direction).
 */
export function planCustomRelation(document: DocumentRecord, input: CustomRelationInput): Relation {
  const { from, to } = endsOf(input, findAnnotation(document, input.from), findAnnotation(document, input.to))
  assertNew(document.relations, input.type, from, to)
  return { id: randomUUID(), type: input.type.id, from: input.from, to: input.to, author: input.author, createdAt: input.now }
}

/** The same across two documents: the type must allow it, and the relation is the project's. */
export function planCrossRelation(
  ends: { from: DocumentRecord; to: DocumentRecord },
  existing: CrossRelationsFile,
  input: CustomRelationInput
): CrossRelation {
  if (!input.type.crossDocument) {
    throw new ApiError('invalid-input', said('problems.relations.notAcross', { type: input.type.label }))
  }
  const pair = endsOf(input, findAnnotation(ends.from, input.from), findAnnotation(ends.to, input.to))
  const same = existing.relations.filter(
    (r) =>
      (r.fromDocumentId === ends.from.id && r.toDocumentId === ends.to.id) || (!input.type.directed && r.fromDocumentId === ends.to.id && r.toDocumentId === ends.from.id)
  )
  assertNew(same, input.type, pair.from, pair.to)
  return {
    id: randomUUID(),
    type: input.type.id,
    from: input.from,
    to: input.to,
    author: input.author,
    createdAt: input.now,
    fromDocumentId: ends.from.id,
    toDocumentId: ends.to.id
  }
}

function endsOf(input: CustomRelationInput, from: Annotation, to: Annotation): { from: Annotation; to: Annotation } {
  if (from.id === to.id) throw new ApiError('invalid-input', said('problems.relations.sameEnds'))
  const { type } = input
  const fits = (a: Annotation, b: Annotation) => type.from.includes(a.tag) && type.to.includes(b.tag)
  if (fits(from, to) || (!type.directed && fits(to, from))) return { from, to }
  const startFails = !type.from.includes(from.tag)
  const [tags, annotation] = startFails ? [type.from, from] : [type.to, to]
  const values = { type: type.label, count: tags.length, tags: tags.join(', '), quote: shortQuote(annotation.quote), tag: annotation.tag }
  throw new ApiError('invalid-input', said(startFails ? 'problems.relations.wrongStart' : 'problems.relations.wrongEnd', values))
}

function assertNew(relations: readonly Relation[], type: RelationTypeDefinition, from: Annotation, to: Annotation): void {
  const twin = relations.some(
    (r) => r.type === type.id && ((r.from === from.id && r.to === to.id) || (!type.directed && r.from === to.id && r.to === from.id))
  )
  if (twin) throw new ApiError('invalid-input', said('problems.relations.twin', { from: shortQuote(from.quote), type: type.label, to: shortQuote(to.quote) }))
}
