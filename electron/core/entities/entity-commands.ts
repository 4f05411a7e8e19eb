import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import type { EntitiesFile, Entity, RejectedSuggestion } from '../shared/model/entity'
import { UNCHANGED, combine, type Applied } from '../history/applied'

/**
 * Every change to `entities.json`. `put` inserts or replaces a whole entity (at `index` when new),
 * so it is its own inverse's building block; `remove` takes one out.
 */
export type EntityCommand =
  | { type: 'put'; entity: Entity; index?: number }
  | { type: 'remove'; entityId: string }
  | { type: 'reject'; suggestion: RejectedSuggestion }
  | { type: 'unreject'; suggestion: RejectedSuggestion }

export function applyEntityCommands(file: EntitiesFile, commands: readonly EntityCommand[]): Applied<EntityCommand> {
  return combine(commands.map((command) => applyEntityCommand(file, command)))
}

function applyEntityCommand(file: EntitiesFile, command: EntityCommand): Applied<EntityCommand> {
  switch (command.type) {
    case 'put': {
      const index = file.entities.findIndex((e) => e.id === command.entity.id)
      const entity = structuredClone(command.entity)
      if (index === -1) {
        const at = Math.min(command.index ?? file.entities.length, file.entities.length)
        file.entities.splice(at, 0, entity)
        return { changed: true, inverse: [{ type: 'remove', entityId: entity.id }], redo: [{ type: 'put', entity: structuredClone(entity), index: at }] }
      }
      const previous = file.entities[index] as Entity
      if (JSON.stringify(previous) === JSON.stringify(entity)) return UNCHANGED
      file.entities[index] = entity
      return { changed: true, inverse: [{ type: 'put', entity: previous }], redo: [{ type: 'put', entity: structuredClone(entity) }] }
    }
    case 'remove': {
      const index = file.entities.findIndex((e) => e.id === command.entityId)
      if (index === -1) throw new ApiError('not-found', said('problems.entities.notFound', { id: command.entityId }))
      const [entity] = file.entities.splice(index, 1) as [Entity]
      return { changed: true, inverse: [{ type: 'put', entity, index }], redo: [command] }
    }
    case 'reject': {
      if (file.rejectedSuggestions.some((r) => sameSuggestion(r, command.suggestion))) return UNCHANGED
      file.rejectedSuggestions.push({ ...command.suggestion })
      return { changed: true, inverse: [{ type: 'unreject', suggestion: command.suggestion }], redo: [command] }
    }
    case 'unreject': {
      const index = file.rejectedSuggestions.findIndex((r) => sameSuggestion(r, command.suggestion))
      if (index === -1) return UNCHANGED
      file.rejectedSuggestions.splice(index, 1)
      return { changed: true, inverse: [{ type: 'reject', suggestion: command.suggestion }], redo: [command] }
    }
  }
}

export function sameSuggestion(a: RejectedSuggestion, b: RejectedSuggestion): boolean {
  return a.documentId === b.documentId && a.annotationId === b.annotationId && a.entityId === b.entityId
}
