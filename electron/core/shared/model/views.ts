/**
 * What the entity commands and the corpus views answer: plain data, shared by the core and the
 * renderer (Node-free, so the renderer's build can read it).
 */
import type { AttributeValues } from './attributes'
import type { Entity } from './entity'
import type { FigureQualifier } from './figure-interval'

/** What the Claims view sorts by: the contract, the view index and the table all read this list. */
export const CLAIM_SORT_KEYS = ['date', 'outlet', 'stance', 'actor', 'text'] as const
export type ClaimSortKey = (typeof CLAIM_SORT_KEYS)[number]

export interface EntityRow {
  id: string
  name: string
  type: string
  aliases: string[]
  mentionCount: number
  documentCount: number
  /** Linked mentions per outlet (only outlets with at least one). */
  mentionsByOutlet: Record<string, number>
}

export interface EntitiesView {
  /** Entities, most mentioned first, then by name. */
  entities: EntityRow[]
  /** Every outlet of the corpus, by name (an unnamed outlet is ""). */
  outlets: string[]
  /** Outlet × entity mention counts: `counts[i][j]` for `outlets[i]` and `entities[j]`. */
  matrix: number[][]
}

/** One mention in context: a keyword-in-context line, pointing to its span. */
export interface MentionLine {
  documentId: string
  title: string
  outlet: string
  date: string | null
  annotationId: string
  /** UTF-16 offsets into the document's text. */
  start: number
  end: number
  left: string
  quote: string
  right: string
}

export interface MentionsView {
  lines: MentionLine[]
  total: number
}

export interface ClaimRow {
  documentId: string
  title: string
  outlet: string
  date: string | null
  annotationId: string
  start: number
  end: number
  text: string
  stance: string | null
  attributes: AttributeValues
  actor: { annotationId: string; quote: string; entityId: string | null; entityName: string | null } | null
}

export interface ClaimsView {
  rows: ClaimRow[]
  /** Claims that pass the filters (the rows are one page of them). */
  total: number
}

export interface FigurePoint {
  documentId: string
  title: string
  date: string | null
  annotationId: string
  start: number
  end: number
  quote: string
  value: number
  /** How the text qualifies the value; `upper` is a range's upper end (null otherwise). */
  qualifier: FigureQualifier
  upper: number | null
  /** What the figure counts, as typed on it. */
  counted: string
  /** The claim that states the figure, when it is tied to one. */
  claim: { annotationId: string; text: string } | null
  /** Who the claim is attributed to (an actor mention), when it is; otherwise the outlet states it. */
  source: { annotationId: string; quote: string } | null
}

/** How figures are grouped in time: by the article's day, ISO week, month, or not at all. */
export const FIGURE_PERIODS = ['day', 'week', 'month', 'all'] as const
export type FigurePeriod = (typeof FIGURE_PERIODS)[number]

export interface FigureSeries {
  /** What is counted, as most of its figures spell it ("fighters killed"); "" for figures that do not say. */
  counted: string
  /** The period the figures fall in ("2024-12-02", "2024-W49", "2024-12"), "" for undated ones, null when not grouped by period. */
  period: string | null
  /** Each outlet's values by date; `points` stops at the query's cap, `pointCount` counts them all. */
  outlets: { outlet: string; points: FigurePoint[]; pointCount: number }[]
  pointCount: number
}

export interface FiguresView {
  /** One series per thing counted and period: things counted most points first, each one's periods in date order. */
  series: FigureSeries[]
  /** Figures without a number (e.g. "dozens"), left off the chart. */
  withoutValue: number
}

export interface LinkAllResult {
  entity: Entity
  /** Mentions already tagged that are now linked to the entity. */
  linked: number
  /** Occurrences not yet tagged that were tagged and linked. */
  tagged: number
  /** Mentions that already were linked to the entity. */
  alreadyLinked: number
  /** Occurrences left alone: tagged the same way but linked to another entity, or inside a longer mention of the tag. */
  skipped: number
  /** Documents changed. */
  documents: number
}

export interface Suggestion {
  documentId: string
  title: string
  outlet: string
  annotationId: string
  quote: string
  start: number
  end: number
  prefix: string
  suffix: string
  entityId: string
  entityName: string
  /** The entity's name or alias the mention matched. */
  matched: string
}

export interface SuggestionList {
  suggestions: Suggestion[]
  /** How many there are in all (the list stops at the limit). */
  total: number
}

/** One "What is counted" the project uses, as first typed, and how many figures share its key. */
export interface CountedValue {
  counted: string
  count: number
}

/** A document a corpus view could not read (damaged, unreadable, refused), left out of its answer. */
export interface LeftOutDocument {
  documentId: string
  /** The title the document list last knew it by, when it knows one. */
  title?: string
  /** Why it could not be read, in words. */
  reason: string
}

/** What every corpus view answers beside its results: the documents left out of them, in the project's order. */
export interface LeftOut {
  leftOut: LeftOutDocument[]
}
