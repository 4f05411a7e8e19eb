import { z } from 'zod'
import { tagIdSchema } from './annotation'

export const ENTITIES_SCHEMA_VERSION = 1
export const ENTITY_NAME_MAX = 300
export const ENTITY_ALIASES_MAX = 200

export const entityNameSchema = z
  .string()
  .trim()
  .min(1, 'an entity needs a name')
  .max(ENTITY_NAME_MAX, `an entity name is at most ${ENTITY_NAME_MAX} characters`)

export const coordinatesSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180)
})
export type Coordinates = z.infer<typeof coordinatesSchema>

/**
 * A project-wide thing the corpus talks about (a group, a person, a village). Its mentions are
 * annotations whose `entityId` points here; `type` is the tag id its mentions carry (actor, place or
 * a custom tag), so a mention can only be linked to an entity of its own tag.
 */
export const entitySchema = z.object({
  id: z.string().min(1).max(64),
  name: entityNameSchema,
  type: tagIdSchema,
  aliases: z.array(entityNameSchema).max(ENTITY_ALIASES_MAX),
  note: z.string().max(20_000),
  /** For places, where they are; null when unknown or not a place. */
  coordinates: coordinatesSchema.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})
export type Entity = z.infer<typeof entitySchema>

/**
 * A suggestion the user turned down: this mention is not this entity. Kept so it is never offered
 * again (until the mention or the entity is gone).
 */
export const rejectedSuggestionSchema = z.object({
  documentId: z.string().min(1),
  annotationId: z.string().min(1),
  entityId: z.string().min(1)
})
export type RejectedSuggestion = z.infer<typeof rejectedSuggestionSchema>

/** The content of `entities.json`: every entity of the project, and the suggestions rejected. */
export const entitiesFileSchema = z.object({
  schemaVersion: z.literal(ENTITIES_SCHEMA_VERSION),
  entities: z.array(entitySchema),
  rejectedSuggestions: z.array(rejectedSuggestionSchema)
})
export type EntitiesFile = z.infer<typeof entitiesFileSchema>

export function emptyEntitiesFile(): EntitiesFile {
  return { schemaVersion: ENTITIES_SCHEMA_VERSION, entities: [], rejectedSuggestions: [] }
}
