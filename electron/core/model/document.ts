import { z } from 'zod'
import { annotationSchema } from './annotation'
import { documentIdSchema } from './project'

export const DOCUMENT_SCHEMA_VERSION = 1

export const documentMetadataSchema = z.object({
  title: z.string().min(1),
  source: z.string(),
  /** Publication date as `YYYY-MM-DD`, or null when unknown. */
  date: z.iso.date().nullable()
})

export type DocumentMetadata = z.infer<typeof documentMetadataSchema>

/** The content of `documents/<id>.json`: everything about one document, self-contained. */
export const documentRecordSchema = documentMetadataSchema.extend({
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
  id: documentIdSchema,
  importedFrom: z.string(),
  importedAt: z.iso.datetime(),
  text: z.string(),
  annotations: z.array(annotationSchema)
})

export type DocumentRecord = z.infer<typeof documentRecordSchema>

export type DocumentSummary = DocumentMetadata & {
  id: string
  annotationCount: number
  /** Set when the document's file cannot be read: what is wrong with it, naming the file. */
  problem?: string
}
