import { findAnnotation } from '../annotations/commands'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { UNCHANGED, type Applied } from '../history/applied'
import type { Annotation } from '../shared/model/annotation'
import type { DocumentRecord } from '../shared/model/document'
import type { Relation } from '../shared/model/relation'

/**
 * The commands that link a document's annotations to entities and to each other, each with an exact
 * inverse (same ids, same times). Part of the document command language (documents/commands.ts).
 */
export type LinkCommand =
  | { type: 'setEntity'; annotationId: string; entityId: string | null; updatedAt: string }
  | { type: 'addRelation'; relation: Relation; index?: number }
  | { type: 'removeRelation'; relationId: string }

export interface LinkOutcome extends Applied<LinkCommand> {
  /** The annotations the command touched: the one linked, or the two ends of the relation. */
  annotations: Annotation[]
}

export function applyLinkCommand(document: DocumentRecord, command: LinkCommand): LinkOutcome {
  switch (command.type) {
    case 'setEntity': {
      const annotation = findAnnotation(document, command.annotationId)
      if (annotation.entityId === command.entityId) return { ...UNCHANGED, annotations: [] }
      const inverse: LinkCommand = { type: 'setEntity', annotationId: annotation.id, entityId: annotation.entityId, updatedAt: annotation.updatedAt }
      annotation.entityId = command.entityId
      annotation.updatedAt = command.updatedAt
      return { changed: true, inverse: [inverse], redo: [command], annotations: [annotation] }
    }
    case 'addRelation': {
      if (document.relations.some((r) => r.id === command.relation.id)) {
        throw new ApiError('invalid-input', said('problems.documents.relationExists', { id: command.relation.id, title: document.title }))
      }
      const index = Math.min(command.index ?? document.relations.length, document.relations.length)
      document.relations.splice(index, 0, structuredClone(command.relation))
      return {
        changed: true,
        inverse: [{ type: 'removeRelation', relationId: command.relation.id }],
        redo: [{ ...command, index }],
        annotations: endsOf(document, command.relation)
      }
    }
    case 'removeRelation': {
      const index = document.relations.findIndex((r) => r.id === command.relationId)
      if (index === -1) throw new ApiError('not-found', said('problems.documents.relationNotFound', { id: command.relationId, title: document.title }))
      const [relation] = document.relations.splice(index, 1) as [Relation]
      return { changed: true, inverse: [{ type: 'addRelation', relation, index }], redo: [command], annotations: endsOf(document, relation) }
    }
  }
}

function endsOf(document: DocumentRecord, relation: Relation): Annotation[] {
  return document.annotations.filter((a) => a.id === relation.from || a.id === relation.to)
}
