import { z } from 'zod'
import { tagIdSchema } from './annotation'
import { attributeDefinitionSchema } from './attributes'
import { relationTypesSchema } from './relation-types'
import { FIGURE_QUALIFIERS } from './figure-interval'
import { documentFieldDefinitionsSchema } from './document-fields'

export const PROJECT_SCHEMA_VERSION = 2

/**
 * A document id names its file (`documents/<id>.json`), so it may hold nothing a path could use to
 * leave the folder: letters, digits, `_` and `-`, at most 64 (a UUID is 36).
 */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/

export const documentIdSchema = z.string().regex(DOCUMENT_ID, 'a document id is 1–64 letters, digits, "_" or "-"')

/** documentIdSchema's test without a schema parse: a project of 10,000 documents makes each path it lists with it. */
export function isDocumentId(id: string): boolean {
  return DOCUMENT_ID.test(id)
}

/** A tag's or attribute's guideline (Markdown), in characters. */
export const TAG_DESCRIPTION_MAX = 10_000

/** How many attributes one tag may define (the form that edits them lists them all). */
export const MAX_ATTRIBUTES_PER_TAG = 30

export const tagDefinitionSchema = z.object({
  id: tagIdSchema,
  label: z.string().min(1).max(80),
  /** CSS colour of the highlight, `#rrggbb`. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** The key that applies the tag, `1`–`9`, or null for a tag applied from the toolbar only. */
  key: z.string().regex(/^[1-9]$/).nullable(),
  /** What each annotation with this tag may record. */
  attributes: z.array(attributeDefinitionSchema).max(MAX_ATTRIBUTES_PER_TAG),
  /** The tag's guideline: when to use it (Markdown). Absent in projects written before guidelines. */
  description: z.string().max(TAG_DESCRIPTION_MAX).optional()
})

export type TagDefinition = z.infer<typeof tagDefinitionSchema>

/** The content of `project.json` (schema 2). Document order lives here; each document's data in its own file. */
export const projectFileSchema = z.object({
  schemaVersion: z.literal(PROJECT_SCHEMA_VERSION),
  name: z.string().min(1),
  description: z.string().max(10_000),
  createdAt: z.iso.datetime(),
  tags: z.array(tagDefinitionSchema),
  /** Whole-article labels (document-fields.ts); absent in projects written before them. */
  documentFields: documentFieldDefinitionsSchema.optional(),
  documentIds: z.array(documentIdSchema),
  /** The relation types the project defines beside the built-in ones; absent in files written before them. */
  relationTypes: relationTypesSchema.default([]),
  /**
   * Blind mode (layers/blind-mode.ts): each annotator sees only their own annotations on a document until they
   * mark it done for themselves. Absent (off) in files written before it.
   */
  blindMode: z.boolean().optional()
})

export type ProjectFile = z.infer<typeof projectFileSchema>

export const DEFAULT_TAGS: TagDefinition[] = [
  {
    id: 'claim',
    label: 'Claim',
    color: '#b45309',
    key: '1',
    attributes: [
      { id: 'stance', label: 'Stance', type: 'choice', values: ['asserted', 'reported', 'denied', 'disputed'] },
      { id: 'attributed_to', label: 'Attributed to (as written)', type: 'text' }
    ]
  },
  {
    id: 'actor',
    label: 'Actor',
    color: '#2563eb',
    key: '2',
    attributes: [
      {
        id: 'type',
        label: 'Type',
        type: 'choice',
        values: ['state', 'armed forces', 'armed group', 'foreign state', 'civilians', 'media', 'international body', 'other']
      }
    ]
  },
  {
    id: 'place',
    label: 'Place',
    color: '#059669',
    key: '3',
    attributes: [{ id: 'kind', label: 'Kind', type: 'choice', values: ['city', 'town or village', 'region', 'site', 'country'] }]
  },
  {
    id: 'figure',
    label: 'Figure',
    color: '#c026d3',
    key: '4',
    attributes: [
      { id: 'value', label: 'Value', type: 'number' },
      { id: 'qualifier', label: 'Qualifier', type: 'choice', values: [...FIGURE_QUALIFIERS] },
      { id: 'value_max', label: 'Upper bound (range)', type: 'number' },
      { id: 'counted', label: 'What is counted', type: 'text' }
    ]
  }
]
