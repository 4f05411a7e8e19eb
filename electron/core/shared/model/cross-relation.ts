import { z } from 'zod'
import { documentIdSchema } from './project'
import { relationSchema } from './relation'

/**
 * A relation whose two ends lie in different documents: a claim in one outlet contradicts a claim in
 * another. It belongs to no one document, so the project keeps it in `relations.json`; it is removed
 * with either end and comes back with it on undo.
 */
export const crossRelationSchema = relationSchema.extend({
  fromDocumentId: documentIdSchema,
  toDocumentId: documentIdSchema
})

export type CrossRelation = z.infer<typeof crossRelationSchema>

export const crossRelationsFileSchema = z.object({
  relations: z.array(crossRelationSchema)
})

export type CrossRelationsFile = z.infer<typeof crossRelationsFileSchema>
