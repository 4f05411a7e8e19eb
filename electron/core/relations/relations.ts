import { randomUUID } from 'node:crypto'
import type { CoreContext } from '../context'
import { runAction } from '../history/actions'
import { findAnnotation } from '../annotations/commands'
import type { DocumentCommand } from '../documents/commands'
import { ApiError } from '../shared/errors'
import type { Annotation } from '../shared/model/annotation'
import type { DocumentRecord } from '../shared/model/document'
import type { Relation, RelationType } from '../shared/model/relation'

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
  if (input.from === input.to) throw new ApiError('invalid-input', 'A relation joins two different annotations.')
  const from = findAnnotation(document, input.from)
  const to = findAnnotation(document, input.to)
  assertTag(from, ends.from, input.type, 'from')
  assertTag(to, ends.to, input.type, 'to')
  const existing = document.relations.filter((r) => r.type === input.type && r.from === input.from)
  if (existing.some((r) => r.to === input.to)) {
    throw new ApiError('invalid-input', `“${short(from.quote)}” is already ${input.type} “${short(to.quote)}”.`)
  }
  const relation: Relation = { id: randomUUID(), type: input.type, from: input.from, to: input.to, author, createdAt: now }
  return {
    relation,
    commands: [...existing.map((r): DocumentCommand => ({ type: 'removeRelation', relationId: r.id })), { type: 'addRelation', relation }]
  }
}

export function addRelation(
  context: CoreContext,
  input: { documentId: string; type: RelationType; from: string; to: string }
): Promise<Relation> {
  return runAction(context, { label: `add a relation (${input.type})` }, async (action) => {
    const document = await context.store.getDocument(input.documentId)
    const { relation, commands } = planAddRelation(document, input, context.author, new Date().toISOString())
    await action.document(input.documentId, commands)
    return relation
  })
}

export function removeRelation(context: CoreContext, documentId: string, relationId: string): Promise<{ relationId: string }> {
  return runAction(context, { label: 'remove a relation' }, async (action) => {
    await action.document(documentId, [{ type: 'removeRelation', relationId }])
    return { relationId }
  })
}

/** The relations with `annotationId` at either end (for the detail panel and the exports). */
export function relationsOf(document: DocumentRecord, annotationId?: string): Relation[] {
  return annotationId === undefined ? document.relations : document.relations.filter((r) => r.from === annotationId || r.to === annotationId)
}

function assertTag(annotation: Annotation, tag: string, type: RelationType, end: 'from' | 'to'): void {
  if (annotation.tag !== tag) {
    const role = end === 'from' ? 'start from' : 'point to'
    throw new ApiError('invalid-input', `A ${type} relation must ${role} a ${tag}; “${short(annotation.quote)}” is tagged ${annotation.tag}.`)
  }
}

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 40 ? `${line.slice(0, 39)}…` : line
}
