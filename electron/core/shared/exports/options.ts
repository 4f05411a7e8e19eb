import { z } from 'zod'
import { tagIdSchema } from '../model/annotation'
import { documentStatusSchema } from '../model/document'
import { EXPORT_FORMATS, OFFSET_UNITS } from './names'

export const exportFormatSchema = z.enum(EXPORT_FORMATS)
export type ExportFormat = z.infer<typeof exportFormatSchema>

export const offsetUnitSchema = z.enum(OFFSET_UNITS)
export type OffsetUnit = z.infer<typeof offsetUnitSchema>

/** Which documents go into an export; every criterion given must hold (an empty list means "any"). */
export const documentSelectionSchema = z.strictObject({
  ids: z.array(z.string().min(1).max(200)).max(1_000_000).optional(),
  statuses: z.array(documentStatusSchema).max(3).optional(),
  /** Outlets (the documents' `source`), compared exactly. */
  outlets: z.array(z.string().max(500)).max(10_000).optional()
})
export type DocumentSelection = z.infer<typeof documentSelectionSchema>

export const exportOptionsSchema = z.strictObject({
  format: exportFormatSchema,
  offsetUnit: offsetUnitSchema.default('codepoint'),
  documents: documentSelectionSchema.default({}),
  /** Only annotations with these tags (and relations between them); all tags when absent. */
  tags: z.array(tagIdSchema).max(1_000).optional(),
  /** Only annotations by these annotators; everyone when absent. */
  authors: z.array(z.string().max(500)).max(10_000).optional(),
  /** CSV: prefix cells that a spreadsheet would run as a formula with `'` (on unless the user asks for raw cells). */
  neutraliseFormulas: z.boolean().default(true),
  /**
   * CoNLL and spaCy `ents`, which cannot hold overlapping spans: where spans overlap, the tag listed first
   * wins (tags not listed come after, in the project's order); the export reports how many were left out.
   */
  tagPriority: z.array(tagIdSchema).max(1_000).optional()
})
export type ExportOptions = z.output<typeof exportOptionsSchema>
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>

/** Formats whose offsets the user may choose; the others fix their unit (W3C and brat: code points; CoNLL: none). */
export const FORMATS_WITH_OFFSET_CHOICE: readonly ExportFormat[] = ['jsonl', 'csv', 'spacy']
