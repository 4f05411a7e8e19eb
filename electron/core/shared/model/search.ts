import { z } from 'zod'
import { documentStatusSchema } from './document'

/** `text`: the query as one phrase; `words`: every word and "quoted phrase" in the document; `regex`: a safe regular expression. */
export const SEARCH_KINDS = ['text', 'words', 'regex'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** Which documents a corpus search reads: by outlet, status and publication date (inclusive). */
export const searchFilterSchema = z.strictObject({
  outlets: z.array(z.string().max(500)).max(500).optional(),
  statuses: z.array(documentStatusSchema).max(3).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional()
})
export type SearchFilter = z.infer<typeof searchFilterSchema>

/** What a search looks for and where: the input of `search.find` and `annotations.tagAll`, and what a saved search keeps. */
export const searchFields = {
  query: z.string().min(1, 'type something to find').max(1_000),
  wholeWord: z.boolean().default(false),
  caseSensitive: z.boolean().default(false),
  /** Letters as written, instead of the loose folding (Arabic letter variants, tashkeel, tatweel, digits, accents). */
  exact: z.boolean().default(false),
  kind: z.enum(SEARCH_KINDS).default('text'),
  filter: searchFilterSchema.optional()
}

export const searchSpecSchema = z.strictObject(searchFields)
export type SearchSpec = z.infer<typeof searchSpecSchema>

export const savedSearchSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().trim().min(1, 'a saved search needs a name').max(200),
  search: searchSpecSchema,
  createdAt: z.iso.datetime()
})
export type SavedSearch = z.infer<typeof savedSearchSchema>

/** The content of `searches.json`. */
export const savedSearchesFileSchema = z.strictObject({
  version: z.literal(1),
  searches: z.array(savedSearchSchema).max(1_000)
})
export type SavedSearchesFile = z.infer<typeof savedSearchesFileSchema>
