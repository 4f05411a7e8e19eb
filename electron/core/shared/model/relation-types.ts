import { z } from 'zod'
import { tagIdSchema } from './annotation'
import { relationTypeIdSchema, relationTypeSchema } from './relation'

/** How many relation types a project may define (the settings form lists them all). */
export const MAX_RELATION_TYPES = 50

/**
 * A relation type the project defines: which tags its source and its target may carry, whether it has a
 * direction (claim *supports* claim) or reads the same both ways (claim *contradicts* claim), and whether
 * its two ends may lie in different documents (a claim in one outlet contradicts one in another).
 */
export const relationTypeDefinitionSchema = z.object({
  id: relationTypeIdSchema.refine((id) => !(relationTypeSchema.options as readonly string[]).includes(id), 'attributed-to and stated-in are built in'),
  label: z.string().trim().min(1, 'a relation type needs a name').max(80),
  from: z.array(tagIdSchema).min(1, 'name at least one source tag').max(50),
  to: z.array(tagIdSchema).min(1, 'name at least one target tag').max(50),
  directed: z.boolean(),
  crossDocument: z.boolean()
})

export type RelationTypeDefinition = z.infer<typeof relationTypeDefinitionSchema>

/** A project's relation types: ids unique. */
export const relationTypesSchema = z
  .array(relationTypeDefinitionSchema)
  .max(MAX_RELATION_TYPES)
  .superRefine((types, context) => {
    const seen = new Set<string>()
    types.forEach((type, index) => {
      if (seen.has(type.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `two relation types have the id "${type.id}"` })
      seen.add(type.id)
    })
  })

