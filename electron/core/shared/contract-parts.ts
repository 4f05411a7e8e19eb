import { z } from 'zod'
import { LIMITS } from './limits'
import { attributeValueSchema } from './model/attributes'
import { documentIdSchema } from './model/project'
import { coordinatesSchema, entityNameSchema, ENTITY_ALIASES_MAX } from './model/entity'
import { documentFieldFilterSchema } from './model/document-fields'
import { CLAIM_SORT_KEYS } from './model/views'
import { searchFields } from './model/search'

/** What the contracts (project, workspace, shell) are written with: the method spec and the inputs several methods share. */

export interface MethodSpec<Input extends z.ZodType, Result> {
  readonly input: Input
  /** Type-only: never set at run time. */
  readonly result?: Result
}

export function method<Result>() {
  return <Input extends z.ZodType>(input: Input): MethodSpec<Input, Result> => ({ input })
}

export const documentId = documentIdSchema
export const annotationId = z
  .string()
  .min(1, 'annotationId is required')
  .max(LIMITS.idChars, `annotationId is at most ${LIMITS.idChars} characters`)
export const offset = z.number().int('offsets are whole numbers').nonnegative('offsets are never negative')
export const pageLimit = z.number().int().min(1).max(LIMITS.annotationPage).default(2_000)
export const annotationCursor = z.strictObject({ start: offset, end: offset, id: annotationId })
export const entityId = z.string().min(1, 'entityId is required').max(64, 'entityId is at most 64 characters')
export const entityEdits = {
  aliases: z.array(entityNameSchema).max(ENTITY_ALIASES_MAX),
  note: z.string().max(20_000),
  coordinates: coordinatesSchema.nullable()
}
export const page = { offset: z.number().int().nonnegative().max(10_000_000).default(0), limit: z.number().int().min(1).max(1_000).default(200) }
export const claimFilters = {
  outlets: z.array(z.string().max(500)).max(500).optional(),
  entityId: entityId.optional(),
  stances: z.array(z.string().max(80).nullable()).max(50).optional(),
  attributes: z
    .record(z.string().max(40), attributeValueSchema)
    .refine((values) => Object.keys(values).length <= 30, 'at most 30 attribute filters')
    .optional(),
  text: z.string().max(1_000).optional(),
  /** Only claims of documents whose whole-article label matches. */
  documentField: documentFieldFilterSchema.optional(),
  sort: z
    .strictObject({ by: z.enum(CLAIM_SORT_KEYS), direction: z.enum(['asc', 'desc']).default('asc') })
    .default({ by: 'date', direction: 'asc' })
}

/** Which annotators, tags and documents agreement compares; each part left out means all. */
export const agreementSelection = {
  annotators: z.array(z.string().min(1).max(500)).min(1).max(100).optional(),
  tags: z.array(z.string().min(1).max(80)).min(1).max(500).optional(),
  documentIds: z.array(documentId).min(1).max(100_000).optional()
}

export const NOTE_MAX = 20_000
export const findInput = searchFields

export const folderPath = z.string().trim().min(1, 'a folder is required').max(4_096)
export const projectName = z.string().trim().min(1, 'a project needs a name').max(200)
export const projectDescription = z.string().max(10_000)
