import type { CrossRelation } from '../../shared/model/cross-relation'
import type { RelationTypeDefinition } from '../../shared/model/relation-types'

/** The project's relation types as the JSONL header (and the brat sidecar) declare them. */
export function jsonlRelationTypes(types: readonly RelationTypeDefinition[] = []): Record<string, unknown>[] {
  return types.map(({ id, label, from, to, directed, crossDocument }) => ({ id, label, from, to, directed, cross_document: crossDocument }))
}

/**
 * A relation across documents, on the line of the document its source end is in: `to` is an
 * annotation of the document `to_document` (another line of the same file).
 */
export function jsonlCrossRelation(r: CrossRelation): Record<string, unknown> {
  return { id: r.id, type: r.type, from: r.from, to: r.to, to_document: r.toDocumentId, author: r.author, created_at: r.createdAt }
}
