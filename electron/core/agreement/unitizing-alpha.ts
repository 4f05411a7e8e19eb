import { layerOf, sharedDocuments, tagsUsed } from './corpus'
import { defined, notDefined, type AgreementDocument, type AgreementSpan, type Coverage, type Figure } from './types'

export const UNITIZING_METHOD = "Krippendorff's unitizing α (αu)"

export interface UnitizingAgreement {
  /** αu over all tags: 1 − Σ_c D_o(c) / Σ_c D_e(c). n = characters of the continuum (all documents). */
  overall: Figure
  perTag: Record<string, Figure & { observedDisagreement: number; expectedDisagreement: number; units: number }>
  /** Documents one of the annotators has not annotated are left out: αu assumes every observer unitizes the whole continuum. */
  coverage: Coverage
}

/** A stretch of one annotator's continuum for one tag: a unit of the tag, or a gap between units. */
interface Segment {
  start: number
  end: number
  isUnit: boolean
}

/**
 * Krippendorff's αu for unitizing a continuum (Krippendorff 1995, "On the reliability of unitizing contiguous
 * data", Sociological Methodology 25; 2004, Content Analysis, 2nd ed., §11.6), per tag: each annotator's
 * continuum is cut into units of the tag and the gaps between them, and
 *   D_o(c) = Σ over annotator pairs (i ≠ j) and overlapping segments g, h of δ²(g, h) / (m(m − 1)·L²), with
 *   δ² = (bᵍ − bʰ)² + (eᵍ − eʰ)² for two overlapping units, l² for a unit of length l inside the other's gap,
 *   0 otherwise;
 *   D_e(c) = (2/L)·Σ over units u [ (N_c − 1)(2l³ − 3l² + l)/3 + l²·Σ over gaps g with |g| ≥ l of (|g| − l + 1) ]
 *            / (mL(mL − 1) − Σ over units l(l − 1)),
 * m annotators, L characters (UTF-16 units), N_c units of the tag. The continuum is the documents one after
 * another, but a gap ends at a document's end (a unit cannot straddle two documents), which also keeps the
 * figure independent of document order. An annotator's overlapping spans of one tag count as one unit
 * (their union); touching spans stay two units.
 * Not defined with fewer than two annotators, no text, or (per tag) no unit of the tag at all.
 */
export function unitizingAlpha(documents: readonly AgreementDocument[], annotators: readonly string[]): UnitizingAgreement {
  const { shared, coverage } = sharedDocuments(documents, annotators)
  const length = shared.reduce((sum, document) => sum + document.text.length, 0)
  const m = annotators.length
  const tags = tagsUsed(shared, annotators)
  if (m < 2) return { overall: notDefined(UNITIZING_METHOD, 'too-few-annotators', length, 'characters'), perTag: {}, coverage }
  if (length === 0) return { overall: notDefined(UNITIZING_METHOD, 'no-data', 0, 'characters'), perTag: {}, coverage }
  let observedSum = 0
  let expectedSum = 0
  const perTag: UnitizingAgreement['perTag'] = {}
  for (const tag of tags) {
    const continua = shared.map((document) =>
      annotators.map((annotator) => segments((layerOf(document, annotator) ?? []).filter((span) => span.tag === tag), document.text.length))
    )
    const observed = observedDisagreement(continua, m, length)
    const { expected, units } = expectedDisagreement(continua, m, length)
    observedSum += observed
    expectedSum += expected
    const figure = expected > 0 ? defined(UNITIZING_METHOD, 1 - observed / expected, length, 'characters') : notDefined(UNITIZING_METHOD, 'one-category', length, 'characters')
    perTag[tag] = { ...figure, observedDisagreement: observed, expectedDisagreement: expected, units }
  }
  const overall = expectedSum > 0 ? defined(UNITIZING_METHOD, 1 - observedSum / expectedSum, length, 'characters') : notDefined(UNITIZING_METHOD, 'one-category', length, 'characters')
  return { overall, perTag, coverage }
}

/** Units (overlapping spans merged, clipped to the text) and the gaps between them, covering 0–length. */
function segments(spans: readonly AgreementSpan[], length: number): Segment[] {
  const sorted = spans
    .map((span) => ({ start: Math.max(0, span.start), end: Math.min(length, span.end) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const units: { start: number; end: number }[] = []
  for (const span of sorted) {
    const last = units[units.length - 1]
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end)
    else units.push({ ...span })
  }
  const result: Segment[] = []
  let at = 0
  for (const unit of units) {
    if (unit.start > at) result.push({ start: at, end: unit.start, isUnit: false })
    result.push({ ...unit, isUnit: true })
    at = unit.end
  }
  if (at < length) result.push({ start: at, end: length, isUnit: false })
  return result
}

function squaredDistance(g: Segment, h: Segment): number {
  if (g.isUnit && h.isUnit) return (g.start - h.start) ** 2 + (g.end - h.end) ** 2
  if (g.isUnit && h.start <= g.start && g.end <= h.end) return (g.end - g.start) ** 2
  if (h.isUnit && g.start <= h.start && h.end <= g.end) return (h.end - h.start) ** 2
  return 0
}

/** `continua[document][annotator]`: the segments. Each pair of segmentations is swept once, side by side. */
function observedDisagreement(continua: readonly (readonly Segment[][])[], m: number, length: number): number {
  let sum = 0
  for (const perAnnotator of continua) {
    for (let i = 0; i < m; i += 1) {
      for (let j = i + 1; j < m; j += 1) {
        const first = perAnnotator[i] ?? []
        const second = perAnnotator[j] ?? []
        let a = 0
        let b = 0
        while (a < first.length && b < second.length) {
          const g = first[a] as Segment
          const h = second[b] as Segment
          sum += squaredDistance(g, h)
          if (g.end <= h.end) a += 1
          if (h.end <= g.end) b += 1
        }
      }
    }
  }
  // Σ over ordered pairs i ≠ j is twice the sum over i < j.
  return (2 * sum) / (m * (m - 1) * length * length)
}

function expectedDisagreement(continua: readonly (readonly Segment[][])[], m: number, length: number): { expected: number; units: number } {
  const unitLengths: number[] = []
  const gapLengths: number[] = []
  for (const perAnnotator of continua) {
    for (const segmentsOfOne of perAnnotator) {
      for (const segment of segmentsOfOne) (segment.isUnit ? unitLengths : gapLengths).push(segment.end - segment.start)
    }
  }
  const units = unitLengths.length
  if (units === 0) return { expected: 0, units }
  // Gaps longest first, with running sums, so Σ_{|g| ≥ l} (|g| − l + 1) is a binary search away.
  gapLengths.sort((a, b) => b - a)
  const runningSums = [0]
  for (const gap of gapLengths) runningSums.push((runningSums[runningSums.length - 1] as number) + gap)
  let numerator = 0
  let unitPairs = 0
  for (const l of unitLengths) {
    const atLeastL = countAtLeast(gapLengths, l)
    const gapTerm = (runningSums[atLeastL] as number) - (l - 1) * atLeastL
    numerator += ((units - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * gapTerm
    unitPairs += l * (l - 1)
  }
  const denominator = m * length * (m * length - 1) - unitPairs
  return { expected: ((2 / length) * numerator) / denominator, units }
}

/** How many of `descending` are ≥ `value`. */
function countAtLeast(descending: readonly number[], value: number): number {
  let low = 0
  let high = descending.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((descending[middle] as number) >= value) low = middle + 1
    else high = middle
  }
  return low
}
