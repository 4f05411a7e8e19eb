import { byPosition, overlaps } from './corpus'
import type { AgreementSpan } from './types'

export interface SpanPair {
  first: AgreementSpan
  second: AgreementSpan
}

export interface Matching {
  pairs: SpanPair[]
  unmatchedFirst: AgreementSpan[]
  unmatchedSecond: AgreementSpan[]
}

/** Pairs spans with the same start, end and tag, one to one (a span marked twice pairs twice at most). */
export function exactMatching(first: readonly AgreementSpan[], second: readonly AgreementSpan[]): Matching {
  const waiting = new Map<string, AgreementSpan[]>()
  for (const span of [...second].sort(byPosition)) {
    const key = exactKey(span)
    const list = waiting.get(key)
    if (list) list.push(span)
    else waiting.set(key, [span])
  }
  const pairs: SpanPair[] = []
  const unmatchedFirst: AgreementSpan[] = []
  for (const span of [...first].sort(byPosition)) {
    const partner = waiting.get(exactKey(span))?.shift()
    if (partner) pairs.push({ first: span, second: partner })
    else unmatchedFirst.push(span)
  }
  return { pairs, unmatchedFirst, unmatchedSecond: [...waiting.values()].flat().sort(byPosition) }
}

function exactKey(span: AgreementSpan): string {
  return `${span.start}:${span.end}:${span.tag}`
}

/**
 * Pairs spans that share at least one character, one to one, as many pairs as possible (a maximum bipartite
 * matching, so the count does not depend on which annotator comes first). With `sameTag`, only spans of one
 * tag pair. Among equally many pairs, larger overlaps are tried first.
 */
export function overlapMatching(first: readonly AgreementSpan[], second: readonly AgreementSpan[], sameTag: boolean): Matching {
  const firsts = [...first].sort(byPosition)
  const seconds = [...second].sort(byPosition)
  const candidates = firsts.map((span) =>
    seconds
      .map((other, index) => ({ index, shared: Math.min(span.end, other.end) - Math.max(span.start, other.start) }))
      .filter(({ index }) => {
        const other = seconds[index] as AgreementSpan
        return overlaps(span, other) && (!sameTag || other.tag === span.tag)
      })
      .sort((a, b) => b.shared - a.shared || a.index - b.index)
      .map(({ index }) => index)
  )
  const partnerOfSecond: (number | null)[] = seconds.map(() => null)
  // Kuhn's augmenting paths: spans per document and tag are few, so O(V·E) is cheap.
  const augment = (from: number, visited: boolean[]): boolean => {
    for (const to of candidates[from] ?? []) {
      if (visited[to]) continue
      visited[to] = true
      const holder = partnerOfSecond[to]
      if (holder === null || holder === undefined || augment(holder, visited)) {
        partnerOfSecond[to] = from
        return true
      }
    }
    return false
  }
  for (let from = 0; from < firsts.length; from += 1) augment(from, seconds.map(() => false))
  const pairedFirst = new Set<number>()
  const pairs: SpanPair[] = []
  const unmatchedSecond: AgreementSpan[] = []
  partnerOfSecond.forEach((from, to) => {
    if (from === null) unmatchedSecond.push(seconds[to] as AgreementSpan)
    else {
      pairedFirst.add(from)
      pairs.push({ first: firsts[from] as AgreementSpan, second: seconds[to] as AgreementSpan })
    }
  })
  pairs.sort((a, b) => byPosition(a.first, b.first))
  return { pairs, unmatchedFirst: firsts.filter((_span, index) => !pairedFirst.has(index)), unmatchedSecond }
}
