/**
 * What agreement between annotators answers: plain data, shared by the core, the CLI and the renderer
 * (Node-free). The measures themselves live in `electron/core/agreement/`; docs/agreement.md explains them.
 */

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

export type SampleUnit = 'tokens' | 'spans' | 'span pairs' | 'pairable values' | 'characters'

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

/** Which documents a comparison used and which it left out because an annotator had not annotated them. */
export interface Coverage {
  documents: number
  /** Ids of documents left out because one of the compared annotators has no entry for them. */
  documentsLeftOut: string[]
}

export interface DisagreementSpan {
  start: number
  end: number
  tag: string
}

/** What differs between the versions of a stretch of text; a disagreement can be all three. */
export type DisagreementKind = 'absent' | 'tag' | 'boundaries'

/**
 * A stretch of one document where the annotators' spans differ, for a review view to walk: its extent
 * (UTF-16 offsets), and each annotator's spans there (an empty list: that annotator marked nothing there).
 * Annotators who have not annotated the document are listed in `missing` and have no version.
 */
export interface Disagreement {
  documentId: string
  start: number
  end: number
  versions: Record<string, DisagreementSpan[]>
  kinds: DisagreementKind[]
  missing: string[]
}

/**
 * Which labels two annotators give the same thing: rows are the first annotator's label, columns the
 * second's, "(none)" for "no span". Documents one of them has not annotated are left out.
 */
export interface ConfusionTable {
  method: string
  /** Row and column labels: the tags in alphabetical order, then "(none)". */
  labels: string[]
  counts: Record<string, Record<string, number>>
  /** Cells counted: tokens, or span pairs plus spans left unpaired. */
  n: number
  unit: 'tokens' | 'spans'
  coverage: Coverage
}

export interface TagSwap {
  first: string
  second: string
  count: number
}

/** A coefficient over all the tags compared, and for each tag alone. */
export interface FigureSet {
  overall: Figure
  perTag: Record<string, Figure>
}

/** A figure set among all the annotators, with the documents it used (each measure treats missing data its own way). */
export interface CoveredFigureSet extends FigureSet {
  coverage: Coverage
}

/** Span precision, recall and F1 of the second annotator of a pair against the first (F1 is symmetric). */
export interface SpanFigures {
  precision: FigureSet
  recall: FigureSet
  f1: FigureSet
}

/** Agreement on one choice attribute of one tag, over the spans both annotators marked exactly alike. */
export interface AttributeFigures {
  tag: string
  attribute: string
  /** The attribute's label in the tag set. */
  label: string
  observed: Figure
  cohenKappa: Figure
  krippendorffAlpha: Figure
  /** Exact-match span pairs of the tag, compared or not. */
  spanPairs: number
  /** Pairs where either span has no value for the attribute, so not compared. */
  pairsWithoutValue: number
}

/** What two annotators agree on: the measures defined for a pair. */
export interface PairAgreement {
  annotators: [string, string]
  /** Documents both annotated, and those of the sample one of the two did not. */
  coverage: Coverage
  spanExact: SpanFigures
  spanOverlap: SpanFigures
  cohenKappa: FigureSet
  tokenConfusion: ConfusionTable
  spanConfusion: ConfusionTable
  /** Off-diagonal cells of the span confusion between two tags, most frequent first. */
  tagSwaps: TagSwap[]
  attributes: AttributeFigures[]
}

/** `not-done-for-you`: blind mode hides the others' work on the document until the reader marks it done for them. */
export type LeftOutReason = 'fewer-than-two-annotators' | 'unreadable' | 'not-done-for-you'

export interface AgreementLeftOut {
  documentId: string
  why: LeftOutReason
  /** For `fewer-than-two-annotators`: the chosen annotators who did annotate it (zero or one). */
  annotators: string[]
}

export interface AgreementTag {
  id: string
  /** The label in the project's tag set; the id when the tag is used but no longer in the set. */
  label: string
}

/** The sample the figures rest on (the documents used, after the tag selection). */
export interface AgreementSample {
  documents: number
  tokens: number
  characters: number
  /** Spans each annotator marked in the documents used. */
  spans: Record<string, number>
  annotators: number
}

export interface ProjectAgreement {
  annotators: string[]
  /** The tags compared, by id: those chosen, else every tag any of the annotators used, sorted. */
  tags: AgreementTag[]
  /** Documents used: at least two of the annotators annotated them. */
  documentsUsed: string[]
  documentsLeftOut: AgreementLeftOut[]
  sample: AgreementSample
  /** One entry per pair of annotators, in the order the annotators are listed. */
  pairs: PairAgreement[]
  /** Fleiss' κ on token labels among all annotators; null with only two (Cohen's κ of the pair says it). */
  fleissKappa: CoveredFigureSet | null
  krippendorffAlpha: CoveredFigureSet
  unitizingAlpha: CoveredFigureSet
  disagreements: Disagreement[]
}
