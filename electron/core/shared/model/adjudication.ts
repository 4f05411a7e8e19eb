import { z } from 'zod'
import type { Disagreement, DisagreementSpan } from './agreement'

/**
 * The author of the curated layer: the gold version a curator writes from the annotators' layers
 * (core/adjudication). Agreement leaves it out unless it is named, so it is never counted as a coder.
 */
export const CURATED_AUTHOR = 'curated'

/**
 * One decision of a curator on a stretch of a document (a disagreement's extent, UTF-16 offsets):
 * - `accept`: the curated layer there is `annotator`'s version;
 * - `spans`: the curator wrote the version (merged boundaries, a correction, or nothing at all);
 * - `agreed`: the spans every annotator marked identically were taken into the curated layer
 *   (the whole document, once, with the first decision).
 */
export const curationDecisionSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(['agreed', 'accept', 'spans']),
  annotator: z.string().min(1).max(500).optional(),
  by: z.string().max(200),
  at: z.iso.datetime()
})

export type CurationDecision = z.infer<typeof curationDecisionSchema>

/** A disagreement as the review view walks it: what the curated layer holds there, and the decision that put it there. */
export interface AdjudicationStretch extends Disagreement {
  /** The curated layer's spans inside the stretch (of the reviewed tags). */
  curated: DisagreementSpan[]
  /** The decision covering the stretch; null while it is undecided. */
  decision: CurationDecision | null
  /** The stretch's text with a little context on each side, for reading it where it stands. */
  context: { before: string; text: string; after: string }
}

/** One document of the review: its disagreements in reading order and how far its curation has come. */
export interface AdjudicationDocument {
  documentId: string
  title: string
  /** Of the reviewed annotators, those who annotated this document. */
  annotators: string[]
  /** Spans every present annotator marked identically: they go into the curated layer as they are. */
  agreed: number
  /** Whether the agreed spans have been taken into the curated layer. */
  agreedTaken: boolean
  stretches: AdjudicationStretch[]
  /** Stretches with a decision, of `stretches.length`. */
  decided: number
}

/** The review of a selection (`agreementSelection`): the documents two of the annotators annotated, in project order. */
export interface AdjudicationReview {
  annotators: string[]
  documents: AdjudicationDocument[]
  /** Stretches decided and in all, over every document. */
  decided: number
  total: number
}
