import type { Annotation } from '../shared/model/annotation'
import type { DocumentRecord } from '../shared/model/document'
import type { Entity } from '../shared/model/entity'
import type { Relation } from '../shared/model/relation'
import type { ProjectStore } from '../store/project-store'
import type { EntityDirectory } from '../shared/entities/export-types'

export type { EntityDirectory, EntityRef, ExportedEntity } from '../shared/entities/export-types'

export async function loadEntityDirectory(store: ProjectStore): Promise<EntityDirectory> {
  return entityDirectory((await store.entities.read()).entities)
}

export function entityDirectory(entities: readonly Entity[]): EntityDirectory {
  const byId = new Map(entities.map((e) => [e.id, e]))
  return {
    get: (entityId) => byId.get(entityId),
    refOf(annotation) {
      const entity = annotation.entityId ? byId.get(annotation.entityId) : undefined
      return entity ? { id: entity.id, name: entity.name } : null
    },
    exported: () => entities.map(({ id, name, type, aliases, note, coordinates }) => ({ id, name, type, aliases, note, coordinates }))
  }
}

/**
 * The relations of a document whose two ends are both in `annotations` (an export that leaves some
 * annotations out by tag or annotator must not write a relation to one it left out).
 */
export function exportableRelations(document: DocumentRecord, annotations: readonly Pick<Annotation, 'id'>[] = document.annotations): Relation[] {
  const kept = new Set(annotations.map((a) => a.id))
  return document.relations.filter((r) => kept.has(r.from) && kept.has(r.to))
}
