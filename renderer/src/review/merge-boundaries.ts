import type { DisagreementSpan } from '@core/shared/model/agreement'

/**
 * "Merge boundaries" on a disagreement: for each tag, the spans of that tag that overlap across the versions (directly
 * or through one another) become one span from the earliest start to the latest end; a span no other overlaps stays as
 * it is. Spans that only touch (one ends where the other starts) are not merged: they mark two things side by side.
 * Sorted by start, then end, then tag.
 */
export function mergeBoundaries(versions: Readonly<Record<string, readonly DisagreementSpan[]>>): DisagreementSpan[] {
  const byTag = new Map<string, DisagreementSpan[]>()
  for (const spans of Object.values(versions)) {
    for (const span of spans) byTag.set(span.tag, [...(byTag.get(span.tag) ?? []), span])
  }
  const merged: DisagreementSpan[] = []
  for (const [tag, spans] of byTag) {
    const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
    let current: DisagreementSpan | null = null
    for (const span of sorted) {
      if (current && span.start < current.end) current = { start: current.start, end: Math.max(current.end, span.end), tag }
      else {
        if (current) merged.push(current)
        current = { start: span.start, end: span.end, tag }
      }
    }
    if (current) merged.push(current)
  }
  return merged.sort((a, b) => a.start - b.start || a.end - b.end || a.tag.localeCompare(b.tag))
}
