import { z } from 'zod'

/**
 * A typed link between two annotations of the same document: a claim `attributed-to` an actor, a
 * figure `stated-in` a claim. Stored with the document; removed with either end.
 */
export const relationTypeSchema = z.enum(['attributed-to', 'stated-in'])
export type RelationType = z.infer<typeof relationTypeSchema>

export const relationSchema = z.object({
  id: z.string().min(1),
  type: relationTypeSchema,
  from: z.string().min(1),
  to: z.string().min(1),
  author: z.string(),
  createdAt: z.iso.datetime()
})

export type Relation = z.infer<typeof relationSchema>
