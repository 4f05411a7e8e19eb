import type { Annotation } from '../model/annotation'
import type { DocumentRecord } from '../model/document'
import type { Entity } from '../model/entity'
import type { Relation } from '../model/relation'
import type { ProjectStore } from '../store/project-store'

/** An annotation's entity as exports write it: `entity: { id, name }`. */
export interface EntityRef {
  id: string
  name: string
}

/** An entity as an export's header lists it (snake_case like the rest of the exported records). */
export interface ExportedEntity {
  id: string
  name: string
  type: string
  aliases: string[]
  note: string
  coordinates: { lat: number; lon: number } | null
}

/**
 * What exporters need of the project's entities, read once per export (entities.json is small next
 * to the documents): lookup by id for each linked annotation, and the list for the header.
 */
export interface EntityDirectory {
  get(entityId: string): Entity | undefined
  /** The annotation's entity, or null when it is not linked (or links to an entity that is gone). */
  refOf(annotation: Pick<Annotation, 'entityId'>): EntityRef | null
  /** Every entity, in the project's order, as the header lists them. */
  exported(): ExportedEntity[]
}

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
