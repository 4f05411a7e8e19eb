import { z } from 'zod'
import { annotationSchema } from './annotation'
import { documentIdSchema } from './project'
import { relationSchema } from './relation'
import { documentFieldValuesSchema } from './document-fields'
import { curationDecisionSchema } from './adjudication'

export const DOCUMENT_SCHEMA_VERSION = 2

/** What is known about an article, each field editable after import. */
export const documentMetadataSchema = z.object({
  title: z.string().min(1).max(1_000),
  /** The outlet that published the article, e.g. "Shafaq News". */
  source: z.string().max(500),
  /** The article's byline, when it names one. */
  author: z.string().max(500).default(''),
  /** Publication date as `YYYY-MM-DD`, or null when unknown. */
  date: z.iso.date().nullable(),
  /** Where the article was published (canonical URL), or empty. */
  url: z.string().max(4_000).default(''),
  /** BCP 47 language tag of the text (`en`, `ar`), or empty when unknown. */
  language: z.string().max(35).default('')
})

export type DocumentMetadata = z.infer<typeof documentMetadataSchema>

export const documentStatusSchema = z.enum(['not-started', 'in-progress', 'done'])
export type DocumentStatus = z.infer<typeof documentStatusSchema>

/** The content of `documents/<id>.json` (schema 2): everything about one document, self-contained. */
export const documentRecordSchema = documentMetadataSchema.extend({
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
  id: documentIdSchema,
  importedFrom: z.string(),
  importedAt: z.iso.datetime(),
  status: documentStatusSchema,
  text: z.string(),
  annotations: z.array(annotationSchema),
  relations: z.array(relationSchema),
  /** Whole-article labels by field id (document-fields.ts); absent when none is set. */
  fields: documentFieldValuesSchema.optional(),
  /**
   * The annotators who marked the document done for themselves (blind mode, layers/blind-mode.ts), in the order
   * they did. Absent in files written before it, and until someone marks it: an older file reads unchanged.
   */
  doneBy: z.array(z.string().min(1).max(200)).max(1_000).optional(),
  /** The curator's decisions on this document (core/adjudication), in the order made; absent until the first. */
  curation: z.array(curationDecisionSchema).max(100_000).optional()
})

export type DocumentRecord = z.infer<typeof documentRecordSchema>

export type DocumentSummary = DocumentMetadata & {
  id: string
  status: DocumentStatus
  annotationCount: number
  /** Annotations per tag id. */
  tagCounts: Record<string, number>
  /**
   * Annotations per annotator, then per tag id: kept in the project index so that blind mode can count a blind
   * annotator's own work without reading the document. Never sent to a window (layers/blind-mode.ts takes it out).
   */
  tagCountsByAuthor?: Record<string, Record<string, number>>
  /** Whole-article labels set on the document, by field id (absent when none). */
  fields?: DocumentRecord['fields']
  /** Who marked the document done for themselves (absent when no one has). */
  doneBy?: string[]
  /** Set when the document's file cannot be read: what is wrong with it, naming the file. */
  problem?: string
}
