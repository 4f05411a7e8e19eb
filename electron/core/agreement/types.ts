import type { AttributeValue } from '../shared/model/attributes'

/**
 * The input every measure reads: the documents of the sample, and for each document the spans of each
 * annotator, in UTF-16 offsets into the document's text (the store's unit).
 *
 * Missing data: an annotator with no entry in a document's `layers` has not annotated that document (not
 * assigned, not finished, not imported). That is not the same as an empty list, which says they read it and
 * marked nothing. Each measure says what it does with missing data; in short, the measures that need every
 * annotator on a unit (Cohen's and Fleiss' κ, span F1, αu, the confusion tables) leave such a document out and
 * count it in `documentsLeftOut`, and Krippendorff's α keeps what was observed, as the method defines.
 */
export interface AgreementSpan {
  start: number
  end: number
  tag: string
  attributes?: Readonly<Record<string, AttributeValue>>
}

export interface AgreementDocument {
  id: string
  /** The immutable document text: tokens come from it, and its length is αu's continuum. */
  text: string
  /** Annotator → spans. No entry: the annotator has not annotated this document (missing data). */
  layers: Readonly<Record<string, readonly AgreementSpan[]>>
}

/** Why a figure has no value. A UI shows "not defined" with the reason; it is never NaN or a crash. */
export type NotDefinedReason =
  /** Nothing to compare: no document, token or span pair that the annotators share. */
  | 'no-data'
  /** Fewer than two annotators to compare. */
  | 'too-few-annotators'
  /**
   * Every judgement fell in one category (or, for αu, no annotator marked a unit of the tag), so expected
   * disagreement is 0 and chance-corrected agreement is 0/0. Observed agreement is then total; report it, not κ.
   */
  | 'one-category'

/** One figure with the method that produced it (shown next to it) and its sample size. */
export interface Figure {
  /** The method, by name, as a UI shows it next to the value, e.g. "Cohen's κ, token labels". */
  method: string
  /** Null when the figure is not defined; `notDefined` then says why. */
  value: number | null
  notDefined: NotDefinedReason | null
  /** The sample size the figure rests on; `unit` says what it counts. */
  n: number
  unit: SampleUnit
}

export type SampleUnit = 'tokens' | 'spans' | 'span pairs' | 'pairable values' | 'characters'

export function defined(method: string, value: number, n: number, unit: SampleUnit): Figure {
  return { method, value, notDefined: null, n, unit }
}

export function notDefined(method: string, reason: NotDefinedReason, n: number, unit: SampleUnit): Figure {
  return { method, value: null, notDefined: reason, n, unit }
}

/** Which documents a comparison used and which it left out because an annotator had not annotated them. */
export interface Coverage {
  documents: number
  /** Ids of documents left out because one of the compared annotators has no entry for them. */
  documentsLeftOut: string[]
}

/** The label of a token no span covers. Tag ids are lower-case letters, digits and dashes: it cannot be one. */
export const NONE = '(none)' as const
