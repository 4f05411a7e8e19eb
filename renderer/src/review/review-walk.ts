import type { AdjudicationDocument, AdjudicationReview } from '@core/shared/model/adjudication'
import type { DisagreementSpan } from '@core/shared/model/agreement'

/** Where the curator is: a document of the review and one of its disagreements (0 when it has none). */
export interface ReviewPlace {
  documentId: string
  index: number
}

/** The review with one document as the core answered it after a decision, and the totals counted again. */
export function withDocument(review: AdjudicationReview, document: AdjudicationDocument): AdjudicationReview {
  const documents = review.documents.map((old) => (old.documentId === document.documentId ? document : old))
  return { ...review, documents, decided: documents.reduce((sum, d) => sum + d.decided, 0), total: documents.reduce((sum, d) => sum + d.stretches.length, 0) }
}

/** The place kept if the review still has it (the index held within the document), else the first undecided disagreement, else the first document. */
export function settlePlace(review: AdjudicationReview, place: ReviewPlace | null): ReviewPlace | null {
  const kept = place && review.documents.find((document) => document.documentId === place.documentId)
  if (kept && place) return { documentId: kept.documentId, index: Math.max(0, Math.min(place.index, kept.stretches.length - 1)) }
  for (const document of review.documents) {
    const index = document.stretches.findIndex((stretch) => stretch.decision === null)
    if (index >= 0) return { documentId: document.documentId, index }
  }
  const first = review.documents[0]
  return first ? { documentId: first.documentId, index: 0 } : null
}

/** Every disagreement of the review in walking order (documents in project order, then reading order). */
function walk(review: AdjudicationReview): ReviewPlace[] {
  return review.documents.flatMap((document) => document.stretches.map((_, index) => ({ documentId: document.documentId, index })))
}

/** The next (1) or previous (-1) disagreement, across documents; at either end the place stays. */
export function stepPlace(review: AdjudicationReview, place: ReviewPlace, step: 1 | -1): ReviewPlace {
  const places = walk(review)
  const at = places.findIndex((other) => other.documentId === place.documentId && other.index === place.index)
  if (at < 0) {
    // A document without disagreements: the first one after it (or the last one before it).
    const order = review.documents.findIndex((document) => document.documentId === place.documentId)
    const documentOrder = (other: ReviewPlace) => review.documents.findIndex((document) => document.documentId === other.documentId)
    const found = step > 0 ? places.find((other) => documentOrder(other) > order) : [...places].reverse().find((other) => documentOrder(other) < order)
    return found ?? place
  }
  return places[at + step] ?? place
}

/** After a decision: the next undecided disagreement after this one (wrapping round), else the next one, else here. */
export function nextUndecided(review: AdjudicationReview, place: ReviewPlace, decided: (place: ReviewPlace) => boolean): ReviewPlace {
  const places = walk(review)
  const at = places.findIndex((other) => other.documentId === place.documentId && other.index === place.index)
  const after = [...places.slice(at + 1), ...places.slice(0, Math.max(at, 0))]
  return after.find((other) => !decided(other)) ?? places[at + 1] ?? place
}

/** A run of the text with the same spans over it: what a version's line is drawn from. */
export interface Segment {
  start: number
  end: number
  text: string
  /** The spans covering the run, outermost (earliest start, then longest) first. */
  spans: DisagreementSpan[]
  /** The spans that start with this run: their labels are drawn here. */
  starting: DisagreementSpan[]
}

/** Cuts `text` (which starts at document offset `offset`) at every span edge inside it. */
export function segmentsOf(text: string, offset: number, spans: readonly DisagreementSpan[]): Segment[] {
  const end = offset + text.length
  const cuts = new Set([offset, end])
  for (const span of spans) {
    if (span.start > offset && span.start < end) cuts.add(span.start)
    if (span.end > offset && span.end < end) cuts.add(span.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const segments: Segment[] = []
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] as number
    const to = points[i + 1] as number
    const covering = ordered.filter((span) => span.start < to && from < span.end)
    segments.push({ start: from, end: to, text: text.slice(from - offset, to - offset), spans: covering, starting: covering.filter((span) => Math.max(span.start, offset) === from) })
  }
  return segments
}
