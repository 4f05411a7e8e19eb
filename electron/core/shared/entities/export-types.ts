import type { Annotation } from '../model/annotation'
import type { Entity } from '../model/entity'

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

