import { layerOf, sharedDocuments, tagsUsed } from './corpus'
import { exactMatching, overlapMatching } from './span-match'
import { defined, notDefined, type AgreementDocument, type AgreementSpan, type Coverage, type Figure } from './types'

/** Exact: same start, end and tag. Overlap: same tag and at least one shared character, paired one to one. */
export type SpanMatch = 'exact' | 'overlap'

export interface SpanCounts {
  /** Pairs of matching spans (each span in at most one pair). */
  matched: number
  /** Spans of the first annotator (the reference), then of the second. */
  first: number
  second: number
}

/**
 * Span precision, recall and F1 of the second annotator against the first: precision = matched / second,
 * recall = matched / first, F1 = 2·matched / (first + second), which is symmetric in the two annotators
 * (swapping them swaps precision and recall). n: spans of the second, of the first, of both.
 */
export interface SpanScores {
  counts: SpanCounts
  precision: Figure
  recall: Figure
  f1: Figure
}

export interface SpanAgreement {
  match: SpanMatch
  /** Micro average: counts summed over tags, then the ratios. */
  overall: SpanScores
  perTag: Record<string, SpanScores>
  /** Documents one of the two has not annotated are left out (missing data is not "marked nothing"). */
  coverage: Coverage
}

export function spanMethod(match: SpanMatch): string {
  return match === 'exact' ? 'span match, exact (same start, end and tag)' : 'span match, overlap (same tag, ≥ 1 shared character, one to one)'
}

export function spanAgreement(documents: readonly AgreementDocument[], annotators: readonly [string, string], match: SpanMatch): SpanAgreement {
  const { shared, coverage } = sharedDocuments(documents, annotators)
  const tags = tagsUsed(shared, annotators)
  const counts = new Map<string, SpanCounts>(tags.map((tag) => [tag, { matched: 0, first: 0, second: 0 }]))
  for (const document of shared) {
    const first = layerOf(document, annotators[0]) ?? []
    const second = layerOf(document, annotators[1]) ?? []
    for (const tag of tags) {
      const ofTag = (span: AgreementSpan): boolean => span.tag === tag
      const a = first.filter(ofTag)
      const b = second.filter(ofTag)
      if (a.length === 0 && b.length === 0) continue
      const pairs = match === 'exact' ? exactMatching(a, b).pairs : overlapMatching(a, b, true).pairs
      const tally = counts.get(tag) as SpanCounts
      tally.matched += pairs.length
      tally.first += a.length
      tally.second += b.length
    }
  }
  const total: SpanCounts = { matched: 0, first: 0, second: 0 }
  for (const tally of counts.values()) {
    total.matched += tally.matched
    total.first += tally.first
    total.second += tally.second
  }
  return {
    match,
    overall: scores(total, match),
    perTag: Object.fromEntries(tags.map((tag) => [tag, scores(counts.get(tag) as SpanCounts, match)])),
    coverage
  }
}

function scores(counts: SpanCounts, match: SpanMatch): SpanScores {
  const method = spanMethod(match)
  const ratio = (name: string, numerator: number, denominator: number): Figure =>
    denominator === 0 ? notDefined(`${name}, ${method}`, 'no-data', 0, 'spans') : defined(`${name}, ${method}`, numerator / denominator, denominator, 'spans')
  return {
    counts,
    precision: ratio('precision', counts.matched, counts.second),
    recall: ratio('recall', counts.matched, counts.first),
    f1: ratio('F1', 2 * counts.matched, counts.first + counts.second)
  }
}
