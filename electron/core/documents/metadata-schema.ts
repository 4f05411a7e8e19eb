import { z } from 'zod'
import { documentMetadataSchema } from '../model/document'

/**
 * What the document details form may change: the article's metadata, each field optional (only the
 * fields sent change). A URL must be http(s) so a stored link can never be `javascript:`; a date is
 * `YYYY-MM-DD` or null; a language a BCP 47 tag or empty.
 */
export const metadataChangeSchema = z.strictObject({
  title: documentMetadataSchema.shape.title.refine((title) => title.trim().length > 0, 'a title cannot be blank').optional(),
  source: documentMetadataSchema.shape.source.optional(),
  author: z.string().max(500).optional(),
  date: documentMetadataSchema.shape.date.optional(),
  url: z
    .string()
    .max(4_000)
    .refine((url) => url === '' || /^https?:\/\/\S+$/i.test(url), 'a URL starts with http:// or https://')
    .optional(),
  language: z
    .string()
    .max(35)
    .refine((tag) => tag === '' || /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag), 'a language is a code such as en, ar or en-GB')
    .optional()
})

export const updateMetadataInputSchema = z.strictObject({ documentId: z.string().min(1), metadata: metadataChangeSchema })
