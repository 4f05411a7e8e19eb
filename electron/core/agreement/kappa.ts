import { defined, notDefined, type Figure, type SampleUnit } from './types'

export const COHEN_METHOD = "Cohen's κ"
export const FLEISS_METHOD = "Fleiss' κ"

/**
 * Cohen's κ (1960) for two raters: κ = (pₒ − pₑ) / (1 − pₑ), pₒ the share of items with the same label,
 * pₑ = Σₖ pₐ(k)·p_b(k) from each rater's own label shares. `first[i]` and `second[i]` label item i.
 * Not defined with no items, or when pₑ = 1 (both raters gave every item the one same label).
 */
export function cohenKappa(first: readonly string[], second: readonly string[], method = COHEN_METHOD, unit: SampleUnit = 'tokens'): Figure {
  if (first.length !== second.length) throw new Error('Cohen’s κ needs one label per item from each rater')
  return cohenKappaCounted(
    first.map((label, i) => ({ labels: [label, second[i] as string], count: 1 })),
    method,
    unit
  )
}

/** A combination of labels and how many items received it: token measures tally tokens this way instead of listing them. */
export interface CountedItem<L = string> {
  labels: readonly L[]
  count: number
}

/** Cohen's κ from items tallied by their pair of labels (`labels` [first rater's, second's]). */
export function cohenKappaCounted(items: Iterable<CountedItem>, method = COHEN_METHOD, unit: SampleUnit = 'tokens'): Figure {
  let n = 0
  let same = 0
  const firstCounts = new Map<string, number>()
  const secondCounts = new Map<string, number>()
  for (const { labels, count } of items) {
    const [a, b] = labels as [string, string]
    n += count
    if (a === b) same += count
    firstCounts.set(a, (firstCounts.get(a) ?? 0) + count)
    secondCounts.set(b, (secondCounts.get(b) ?? 0) + count)
  }
  if (n === 0) return notDefined(method, 'no-data', 0, unit)
  let expected = 0
  for (const [label, count] of firstCounts) expected += (count / n) * ((secondCounts.get(label) ?? 0) / n)
  const observed = same / n
  if (expected >= 1) return notDefined(method, 'one-category', n, unit)
  return defined(method, (observed - expected) / (1 - expected), n, unit)
}

/**
 * Fleiss' κ (1971) for a fixed number m ≥ 2 of raters per item: P̄ = mean over items of
 * (Σⱼ nᵢⱼ² − m) / (m(m − 1)), P̄ₑ = Σⱼ pⱼ² with pⱼ the share of all judgements in category j,
 * κ = (P̄ − P̄ₑ) / (1 − P̄ₑ). `items` yields, item by item, the m labels each received
 * (an iterable, so token-level callers need not hold every item).
 * Not defined with no items, fewer than two raters, or one category only (P̄ₑ = 1).
 */
export function fleissKappa(items: Iterable<readonly string[]>, method = FLEISS_METHOD, unit: SampleUnit = 'tokens'): Figure {
  return fleissKappaCounted(counted(items), method, unit)
}

/** Fleiss' κ from items tallied by their combination of labels. */
export function fleissKappaCounted(items: Iterable<CountedItem>, method = FLEISS_METHOD, unit: SampleUnit = 'tokens'): Figure {
  let n = 0
  let raters = 0
  const totals = new Map<string, number>()
  let agreementSum = 0
  const counts = new Map<string, number>()
  for (const { labels, count: weight } of items) {
    if (n === 0) raters = labels.length
    n += weight
    if (labels.length !== raters) throw new Error('Fleiss’ κ needs the same number of labels for every item')
    if (raters < 2) continue
    counts.clear()
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1)
    let squares = 0
    for (const [label, count] of counts) {
      squares += count * count
      totals.set(label, (totals.get(label) ?? 0) + count * weight)
    }
    agreementSum += (weight * (squares - raters)) / (raters * (raters - 1))
  }
  if (n === 0) return notDefined(method, 'no-data', 0, unit)
  if (raters < 2) return notDefined(method, 'too-few-annotators', n, unit)
  const observed = agreementSum / n
  let expected = 0
  for (const total of totals.values()) expected += (total / (n * raters)) ** 2
  if (expected >= 1) return notDefined(method, 'one-category', n, unit)
  return defined(method, (observed - expected) / (1 - expected), n, unit)
}

function* counted(items: Iterable<readonly string[]>): Generator<CountedItem> {
  for (const labels of items) yield { labels, count: 1 }
}
