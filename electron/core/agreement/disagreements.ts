import { byPosition, layerOf } from './corpus'
import type { Disagreement, DisagreementKind, DisagreementSpan } from '../shared/model/agreement'
import type { AgreementDocument } from './types'

export type { Disagreement, DisagreementKind, DisagreementSpan } from '../shared/model/agreement'

/**
 * The disagreements among `annotators`, document by document (in the order given) and by position. Spans
 * every present annotator marked identically (start, end, tag) are agreed and set aside first, so an agreed
 * claim around a sentence does not join the actor mismatches inside it; the spans left are grouped into
 * stretches of overlapping spans, and each stretch is one disagreement. Documents with fewer than two
 * annotators present have nothing to compare.
 */
export function disagreements(documents: readonly AgreementDocument[], annotators: readonly string[]): Disagreement[] {
  const found: Disagreement[] = []
  for (const document of documents) {
    const present = annotators.filter((annotator) => layerOf(document, annotator) !== undefined)
    const missing = annotators.filter((annotator) => !present.includes(annotator))
    if (present.length < 2) continue
    const left = withoutAgreed(present.map((annotator) => [...(layerOf(document, annotator) ?? [])].map(({ start, end, tag }) => ({ start, end, tag }))))
    const all = left.flatMap((spans, index) => spans.map((span) => ({ span, annotator: present[index] as string }))).sort((a, b) => byPosition(a.span, b.span))
    let group: typeof all = []
    let groupEnd = -Infinity
    const close = (): void => {
      if (group.length === 0) return
      const versions = Object.fromEntries(present.map((annotator) => [annotator, group.filter((entry) => entry.annotator === annotator).map((entry) => entry.span)]))
      found.push({ documentId: document.id, start: group[0]?.span.start ?? 0, end: groupEnd, versions, kinds: kindsOf(Object.values(versions)), missing })
      group = []
    }
    for (const entry of all) {
      if (entry.span.start >= groupEnd) close()
      group.push(entry)
      groupEnd = group.length === 1 ? entry.span.end : Math.max(groupEnd, entry.span.end)
    }
    close()
  }
  return found
}

const key = (span: DisagreementSpan): string => `${span.start}:${span.end}:${span.tag}`

/** How many times every layer has each span (start, end, tag), by key: as many as the layer that has it least. */
function agreedTally(layers: readonly (readonly DisagreementSpan[])[]): Map<string, number> {
  const tallies = layers.map((spans) => {
    const tally = new Map<string, number>()
    for (const span of spans) tally.set(key(span), (tally.get(key(span)) ?? 0) + 1)
    return tally
  })
  const agreed = new Map<string, number>()
  for (const [spanKey, count] of tallies[0] ?? []) {
    const least = Math.min(count, ...tallies.map((tally) => tally.get(spanKey) ?? 0))
    if (least > 0) agreed.set(spanKey, least)
  }
  return agreed
}

/** The spans every layer shares (each as many times as the layer that has it least), in the first layer's order. */
export function agreedSpans(layers: readonly (readonly DisagreementSpan[])[]): DisagreementSpan[] {
  const toTake = agreedTally(layers)
  return (layers[0] ?? []).filter((span) => {
    const remaining = toTake.get(key(span)) ?? 0
    if (remaining === 0) return false
    toTake.set(key(span), remaining - 1)
    return true
  })
}

/** Each layer without the spans all layers share (as many times as the layer that has it least). */
function withoutAgreed(layers: DisagreementSpan[][]): DisagreementSpan[][] {
  const agreed = agreedTally(layers)
  return layers.map((spans) => {
    const toDrop = new Map(agreed)
    return spans.filter((span) => {
      const remaining = toDrop.get(key(span)) ?? 0
      if (remaining === 0) return true
      toDrop.set(key(span), remaining - 1)
      return false
    })
  })
}

function kindsOf(versions: readonly DisagreementSpan[][]): DisagreementKind[] {
  const kinds: DisagreementKind[] = []
  if (versions.some((spans) => spans.length === 0)) kinds.push('absent')
  const tagSets = versions.filter((spans) => spans.length > 0).map((spans) => [...new Set(spans.map((span) => span.tag))].sort().join(' '))
  if (new Set(tagSets).size > 1) kinds.push('tag')
  const extents = versions.filter((spans) => spans.length > 0).map((spans) => spans.map((span) => `${span.start}:${span.end}`).sort().join(' '))
  if (new Set(extents).size > 1) kinds.push('boundaries')
  return kinds
}
