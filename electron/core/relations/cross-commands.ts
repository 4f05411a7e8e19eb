import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import type { Applied } from '../history/applied'
import type { CrossRelation, CrossRelationsFile } from '../shared/model/cross-relation'

/**
 * Every change to `relations.json` (the relations across documents), each with its exact inverse. The
 * ends are checked when a relation is planned (relations.ts), not here: undoing an annotation's delete
 * puts its cross-document relations back before the annotation itself.
 */
export type CrossRelationCommand = { type: 'add'; relation: CrossRelation; index?: number } | { type: 'remove'; relationId: string }

export function applyCrossRelationCommands(file: CrossRelationsFile, commands: readonly CrossRelationCommand[]): Applied<CrossRelationCommand> {
  const applied: Applied<CrossRelationCommand> = { changed: false, inverse: [], redo: [] }
  for (const command of commands) {
    const one = applyOne(file, command)
    applied.changed = true
    applied.inverse = [...one.inverse, ...applied.inverse]
    applied.redo = [...applied.redo, ...one.redo]
  }
  return applied
}

function applyOne(file: CrossRelationsFile, command: CrossRelationCommand): Applied<CrossRelationCommand> {
  if (command.type === 'add') {
    if (file.relations.some((r) => r.id === command.relation.id)) throw new ApiError('invalid-input', said('problems.relations.idExists', { id: command.relation.id }))
    const index = Math.min(command.index ?? file.relations.length, file.relations.length)
    file.relations.splice(index, 0, structuredClone(command.relation))
    return { changed: true, inverse: [{ type: 'remove', relationId: command.relation.id }], redo: [{ ...command, index }] }
  }
  const index = file.relations.findIndex((r) => r.id === command.relationId)
  if (index === -1) throw new ApiError('not-found', said('problems.relations.notFound', { id: command.relationId }))
  const [relation] = file.relations.splice(index, 1) as [CrossRelation]
  return { changed: true, inverse: [{ type: 'add', relation, index }], redo: [command] }
}

/** The relations across documents with an end at one of `annotationIds` of `documentId`, to remove with them. */
export function crossRelationsTouching(file: CrossRelationsFile, documentId: string, annotationIds: ReadonlySet<string>): CrossRelation[] {
  return file.relations.filter(
    (r) => (r.fromDocumentId === documentId && annotationIds.has(r.from)) || (r.toDocumentId === documentId && annotationIds.has(r.to))
  )
}
