import { randomUUID } from 'node:crypto'
import type { CoreContext } from '../context'
import { runAction } from '../history/actions'
import { findAnnotation } from '../annotations/commands'
import type { DocumentCommand } from '../documents/commands'
import { ApiError } from '../shared/errors'
import { said, type Said } from '../shared/i18n/said'
import type { HistoryMessage } from '../shared/i18n/history-message'
import type { Annotation } from '../shared/model/annotation'
import type { DocumentRecord } from '../shared/model/document'
import { isBuiltInRelationType, type Relation, type RelationType } from '../shared/model/relation'
import { planCrossRelation, planCustomRelation } from './custom-relations'
import { shortQuote as short } from './quote'
import { readerOf, refuseHiddenAnnotation } from '../layers/blind-reads'

/** Which tags each relation type joins: a claim is attributed to an actor; a figure is stated in a claim. */
export const RELATION_ENDS: Record<RelationType, { from: string; to: string }> = {
  'attributed-to': { from: 'claim', to: 'actor' },
  'stated-in': { from: 'figure', to: 'claim' }
}

/**
 * The commands that add `type` from one annotation to another, after checking both ends exist in the
 * document and carry the right tags. A claim has one attribution and a figure one claim: an existing
 * relation of the type from the same annotation is replaced (and comes back on undo). Adding a
 * relation that already exists is refused.
 */
export function planAddRelation(
  document: DocumentRecord,
  input: { type: RelationType; from: string; to: string },
  author: string,
  now: string
): { relation: Relation; commands: DocumentCommand[] } {
  const ends = RELATION_ENDS[input.type]
  if (input.from === input.to) throw new ApiError('invalid-input', said('problems.relations.sameEnds'))
  const from = findAnnotation(document, input.from)
  const to = findAnnotation(document, input.to)
  assertTag(from, ends.from, input.type, 'from')
  assertTag(to, ends.to, input.type, 'to')
  const existing = document.relations.filter((r) => r.type === input.type && r.from === input.from)
  if (existing.some((r) => r.to === input.to)) {
    throw new ApiError('invalid-input', said('problems.relations.exists', { from: short(from.quote), type: builtInTypeName(input.type), to: short(to.quote) }))
  }
  const relation: Relation = { id: randomUUID(), type: input.type, from: input.from, to: input.to, author, createdAt: now }
  return {
    relation,
    commands: [...existing.map((r): DocumentCommand => ({ type: 'removeRelation', relationId: r.id })), { type: 'addRelation', relation }]
  }
}

export interface AddRelationInput {
  documentId: string
  type: string
  from: string
  to: string
  /** The document of the `to` end, when it is not `documentId` (a type that allows ends in two documents). */
  toDocumentId?: string | undefined
}

/**
 * Adds a relation, checked in the core: the type is built in or the project's, its ends carry tags the
 * type allows, and ends in two documents only where the type allows it. One undo step.
 */
export function addRelation(context: CoreContext, input: AddRelationInput): Promise<Relation> {
  return runAction(context, { message: addRelationMessage(context, input.type) }, async (action) => {
    const now = new Date().toISOString()
    const document = await context.store.getDocument(input.documentId)
    const across = input.toDocumentId !== undefined && input.toDocumentId !== input.documentId
    if (isBuiltInRelationType(input.type)) {
      if (across) throw new ApiError('invalid-input', said('problems.relations.oneDocument', { type: builtInTypeName(input.type) }))
      const { relation, commands } = planAddRelation(document, { ...input, type: input.type }, context.author, now)
      await action.document(input.documentId, commands)
      return relation
    }
    const type = context.store.info.relationTypes.find((t) => t.id === input.type)
    if (!type) throw new ApiError('invalid-input', said('problems.relations.unknownTypeDefine', { type: input.type }))
    const plan = { type, from: input.from, to: input.to, author: context.author, now }
    if (across) {
      const target = await context.store.getDocument(input.toDocumentId as string)
      const reader = readerOf(context)
      refuseHiddenAnnotation(reader, document, input.from)
      refuseHiddenAnnotation(reader, target, input.to)
      const relation = planCrossRelation({ from: document, to: target }, await context.store.crossRelations.read(), plan)
      await action.crossRelations([{ type: 'add', relation }])
      return relation
    }
    const relation = planCustomRelation(document, plan)
    await action.document(input.documentId, [{ type: 'addRelation', relation }])
    return relation
  })
}

/** Removes a relation of `documentId`, or one across documents with an end there. One undo step. */
export function removeRelation(context: CoreContext, documentId: string, relationId: string): Promise<{ relationId: string }> {
  return runAction(context, { message: { key: 'history.relation.remove' } }, async (action) => {
    const document = await context.store.getDocument(documentId)
    if (document.relations.some((r) => r.id === relationId)) {
      await action.document(documentId, [{ type: 'removeRelation', relationId }])
      return { relationId }
    }
    const across = (await context.store.crossRelations.read()).relations.find((r) => r.id === relationId)
    if (!across || (across.fromDocumentId !== documentId && across.toDocumentId !== documentId)) {
      throw new ApiError('not-found', said('problems.relations.notInDocument', { id: relationId, title: document.title }))
    }
    await action.crossRelations([{ type: 'remove', relationId }])
    return { relationId }
  })
}

/** The history message of adding a relation of `type`: a built-in type is named in the user's language. */
function addRelationMessage(context: CoreContext, type: string): HistoryMessage {
  const custom = context.store.info.relationTypes.find((t) => t.id === type)
  if (!custom && type === 'attributed-to') return { key: 'history.relation.addAttributedTo' }
  if (!custom && type === 'stated-in') return { key: 'history.relation.addStatedIn' }
  return { key: 'history.relation.add', values: { type: custom?.label ?? type } }
}

/** The relations with `annotationId` at either end (for the detail panel and the exports). */
export function relationsOf(document: DocumentRecord, annotationId?: string): Relation[] {
  return annotationId === undefined ? document.relations : document.relations.filter((r) => r.from === annotationId || r.to === annotationId)
}

function assertTag(annotation: Annotation, tag: string, type: RelationType, end: 'from' | 'to'): void {
  if (annotation.tag !== tag) {
    const values = { type: builtInTypeName(type), count: 1, tags: tag, quote: short(annotation.quote), tag: annotation.tag }
    throw new ApiError('invalid-input', said(end === 'from' ? 'problems.relations.wrongStart' : 'problems.relations.wrongEnd', values))
  }
}

/** A built-in relation type as a message names it: its id in English, its name in the reader's language. */
function builtInTypeName(type: RelationType): Said {
  return said(type === 'attributed-to' ? 'problems.relations.type.attributedTo' : 'problems.relations.type.statedIn')
}
