import { ApiError } from '../errors'
import type { Annotation } from '../model/annotation'
import type { DocumentRecord, DocumentStatus } from '../model/document'
import type { Relation } from '../model/relation'
import { UNCHANGED, combine, type Applied } from './applied'

export interface IndexedRelation {
  relation: Relation
  index: number
}

/**
 * The changes entities and relations make to a document, each with an exact inverse (same ids, same
 * times), so undo leaves the file as it was. `removeAnnotation` takes the annotation's relations with
 * it and `insertAnnotation` puts both back: the relation-integrity rule in one place.
 */
export type MentionCommand =
  | { type: 'setEntity'; annotationId: string; entityId: string | null; updatedAt: string }
  | { type: 'insertAnnotation'; annotation: Annotation; index: number; relations: IndexedRelation[] }
  | { type: 'removeAnnotation'; annotationId: string }
  | { type: 'addRelation'; relation: Relation; index?: number }
  | { type: 'removeRelation'; relationId: string }
  | { type: 'setStatus'; status: DocumentStatus }

export function applyMentionCommands(document: DocumentRecord, commands: readonly MentionCommand[]): Applied<MentionCommand> {
  return combine(commands.map((command) => applyMentionCommand(document, command)))
}

function applyMentionCommand(document: DocumentRecord, command: MentionCommand): Applied<MentionCommand> {
  switch (command.type) {
    case 'setEntity': {
      const annotation = findAnnotation(document, command.annotationId)
      if (annotation.entityId === command.entityId) return UNCHANGED
      const inverse: MentionCommand = { type: 'setEntity', annotationId: annotation.id, entityId: annotation.entityId, updatedAt: annotation.updatedAt }
      annotation.entityId = command.entityId
      annotation.updatedAt = command.updatedAt
      return { changed: true, inverse: [inverse], redo: [command] }
    }
    case 'insertAnnotation': {
      if (document.annotations.some((a) => a.id === command.annotation.id)) {
        throw new ApiError('invalid-input', `Annotation ${command.annotation.id} already exists in "${document.title}".`)
      }
      document.annotations.splice(Math.min(command.index, document.annotations.length), 0, structuredClone(command.annotation))
      for (const { relation, index } of command.relations) document.relations.splice(index, 0, structuredClone(relation))
      return { changed: true, inverse: [{ type: 'removeAnnotation', annotationId: command.annotation.id }], redo: [command] }
    }
    case 'removeAnnotation': {
      const removed = removeAnnotationWithRelations(document, command.annotationId)
      return { changed: true, inverse: [{ type: 'insertAnnotation', ...removed }], redo: [command] }
    }
    case 'addRelation': {
      if (document.relations.some((r) => r.id === command.relation.id)) {
        throw new ApiError('invalid-input', `Relation ${command.relation.id} already exists in "${document.title}".`)
      }
      const index = Math.min(command.index ?? document.relations.length, document.relations.length)
      document.relations.splice(index, 0, structuredClone(command.relation))
      return { changed: true, inverse: [{ type: 'removeRelation', relationId: command.relation.id }], redo: [{ ...command, index }] }
    }
    case 'removeRelation': {
      const index = document.relations.findIndex((r) => r.id === command.relationId)
      if (index === -1) throw new ApiError('not-found', `No relation ${command.relationId} in document "${document.title}".`)
      const [relation] = document.relations.splice(index, 1) as [Relation]
      return { changed: true, inverse: [{ type: 'addRelation', relation, index }], redo: [command] }
    }
    case 'setStatus': {
      const previous = document.status
      if (previous === command.status) return UNCHANGED
      document.status = command.status
      return { changed: true, inverse: [{ type: 'setStatus', status: previous }], redo: [command] }
    }
  }
}

/**
 * Removes an annotation and every relation that has it at either end; returns what puts both back
 * exactly (positions included). This is the hook for the annotation delete command: call it instead
 * of filtering `document.annotations`, and restore with `insertAnnotation` on undo.
 */
export function removeAnnotationWithRelations(
  document: DocumentRecord,
  annotationId: string
): { annotation: Annotation; index: number; relations: IndexedRelation[] } {
  const annotation = findAnnotation(document, annotationId)
  const index = document.annotations.indexOf(annotation)
  const relations = document.relations
    .map((relation, i) => ({ relation, index: i }))
    .filter(({ relation }) => relation.from === annotationId || relation.to === annotationId)
  document.annotations.splice(index, 1)
  document.relations = document.relations.filter((r) => r.from !== annotationId && r.to !== annotationId)
  return { annotation, index, relations }
}

export function findAnnotation(document: DocumentRecord, annotationId: string): Annotation {
  const annotation = document.annotations.find((a) => a.id === annotationId)
  if (!annotation) throw new ApiError('not-found', `No annotation ${annotationId} in document "${document.title}".`)
  return annotation
}
