import type { Translator } from '@core/shared/i18n/translator'

/** A span of the text, in UTF-16 offsets. */
export interface Span {
  start: number
  end: number
}

/** How far apart two spans are in the text: 0 when they touch or overlap, else the characters between them. */
export function spanDistance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end
  if (b.end <= a.start) return a.start - b.end
  return 0
}

/**
 * The candidates ordered nearest first to `anchor` (by offset distance), the one earlier in the text
 * first when two are as near; the anchor itself is left out.
 */
export function nearestFirst<T extends Span & { id: string }>(candidates: readonly T[], anchor: Span & { id: string }): T[] {
  return candidates
    .filter((candidate) => candidate.id !== anchor.id)
    .map((candidate) => ({ candidate, distance: spanDistance(candidate, anchor) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.start - b.candidate.start || a.candidate.end - b.candidate.end)
    .map(({ candidate }) => candidate)
}

/** Where a candidate lies relative to the anchor, in words for the list. */
export function describePosition(t: Translator, candidate: Span, anchor: Span): string {
  const count = spanDistance(candidate, anchor)
  if (count === 0) return t.t('entities.position.overlaps')
  return t.t(candidate.end <= anchor.start ? 'entities.position.before' : 'entities.position.after', { count })
}
