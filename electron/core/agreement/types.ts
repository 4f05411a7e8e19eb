import type { AttributeValue } from '../shared/model/attributes'
import type { Figure, NotDefinedReason, SampleUnit } from '../shared/model/agreement'

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

export type { Coverage, Figure, NotDefinedReason, SampleUnit } from '../shared/model/agreement'

export function defined(method: string, value: number, n: number, unit: SampleUnit): Figure {
  return { method, value, notDefined: null, n, unit }
}

export function notDefined(method: string, reason: NotDefinedReason, n: number, unit: SampleUnit): Figure {
  return { method, value: null, notDefined: reason, n, unit }
}

/** The label of a token no span covers. Tag ids are lower-case letters, digits and dashes: it cannot be one. */
export const NONE = '(none)' as const
