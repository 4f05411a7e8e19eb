import { z } from 'zod'

/**
 * A typed link between two annotations: a claim `attributed-to` an actor, a figure `stated-in` a claim
 * (the two built-in types), or a type the project defines (relation-types.ts). A relation between two
 * annotations of one document is stored with the document and removed with either end; one across
 * documents is the project's (cross-relation.ts).
 */
export const relationTypeSchema = z.enum(['attributed-to', 'stated-in'])
/** A built-in relation type. */
export type RelationType = z.infer<typeof relationTypeSchema>

/** Any relation type's id: a built-in one or one the project defines (same shape as a tag id). */
export const relationTypeIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'a relation type id is 1–40 lower-case letters, digits or dashes')

export function isBuiltInRelationType(type: string): type is RelationType {
  return (relationTypeSchema.options as readonly string[]).includes(type)
}

export const relationSchema = z.object({
  id: z.string().min(1),
  type: relationTypeIdSchema,
  from: z.string().min(1),
  to: z.string().min(1),
  author: z.string(),
  createdAt: z.iso.datetime()
})

export type Relation = z.infer<typeof relationSchema>
