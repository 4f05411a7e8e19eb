import { z } from 'zod'
import { documentIdSchema } from './project'

/**
 * One place Link all (or the review after an import) would link: an occurrence of an entity's name or
 * alias, whole words only, shown in context with its document before anything is written.
 */
export interface LinkMatch {
  documentId: string
  title: string
  outlet: string
  start: number
  end: number
  quote: string
  prefix: string
  suffix: string
  /** The entity it would be linked to ('' when Link all is to create the entity from the mention). */
  entityId: string
  entityName: string
  /** The entity's name or alias that matched. */
  matched: string
  /** `link`: a mention already tagged, not yet linked; `tag`: untagged text, tagged and linked. */
  kind: 'link' | 'tag'
  /** The mention to link (kind `link`), else null. */
  annotationId: string | null
}

export interface LinkPreview {
  /** The entity Link all links to, or names it will create. Empty for the review after an import. */
  entityName: string
  /** Whether confirming creates the entity (the mention was not linked yet). */
  createsEntity: boolean
  matches: LinkMatch[]
  /** How many matches there are in all (the list stops at the limit). */
  total: number
  /** Mentions already linked to the entity: left as they are. */
  alreadyLinked: number
  /** Occurrences left alone: linked to another entity, or inside a longer mention of the tag. */
  skipped: number
}

/** The result of linking the chosen matches. */
export interface LinkMatchesResult {
  linked: number
  tagged: number
  /** Chosen matches no longer there to link (the text or its annotations changed since the preview). */
  skipped: number
  documents: number
}

/** A limit on the matches listed or chosen at once. */
export const LINK_MATCHES_MAX = 5_000

const offset = z.number().int('offsets are whole numbers').nonnegative('offsets are never negative')
const entityIdSchema = z.string().min(1, 'entityId is required').max(64, 'entityId is at most 64 characters')

/** A chosen match, by where it is (and, in the review after an import, which entity it is). */
export const linkMatchRefSchema = z.strictObject({ documentId: documentIdSchema, start: offset, end: offset })
export const entityMatchRefSchema = linkMatchRefSchema.extend({ entityId: entityIdSchema })
export const matchListSchema = <T extends z.ZodType>(item: T) =>
  z.array(item).max(LINK_MATCHES_MAX, `at most ${LINK_MATCHES_MAX.toLocaleString('en')} matches at once`)

export type LinkMatchRef = z.infer<typeof linkMatchRefSchema>
export type EntityMatchRef = z.infer<typeof entityMatchRefSchema>
