/** Where a span of the file's text lies in the project's version of the document, or why it cannot be told. */
export type Anchoring = { kind: 'found'; start: number; end: number } | { kind: 'not-found' } | { kind: 'ambiguous'; count: number } | { kind: 'too-many' }

export interface SpanInFile {
  start: number
  end: number
  quote: string
  prefix: string
  suffix: string
}

/** How far from its place in the file's text a span's quote is looked for, beyond the two texts' difference in length. */
export const NEARBY_CHARS = 1_000

/**
 * Occurrences nearby past which a quote is called ambiguous without weighing each one's context: a one-letter
 * quote in a long run of that letter would otherwise cost every span a walk over thousands of places.
 */
export const MAX_OCCURRENCES = 64

/**
 * Finds a span of a near-duplicate's text in the project's text: its quote, searched for within
 * NEARBY_CHARS (plus the texts' difference in length) of where it was; a single occurrence is taken; of
 * several, the one whose text before and after shares the most with the span's prefix and suffix (white
 * space collapsed), if no other shares as much.
 * Anything else is reported, never guessed (as hypothesis's anchoring does with stored selectors).
 */
export function anchorSpan(span: SpanInFile, fileTextLength: number, projectText: string): Anchoring {
  const reach = NEARBY_CHARS + Math.abs(projectText.length - fileTextLength)
  const from = Math.max(0, span.start - reach)
  const to = Math.min(projectText.length, span.end + reach)
  const starts: number[] = []
  for (let at = projectText.indexOf(span.quote, from); at !== -1 && at + span.quote.length <= to; at = projectText.indexOf(span.quote, at + 1)) {
    starts.push(at)
    if (starts.length > MAX_OCCURRENCES) return { kind: 'too-many' }
  }
  if (starts.length === 0) return { kind: 'not-found' }
  const length = span.quote.length
  if (starts.length === 1) return found(starts[0] ?? 0, length)
  // Context compared with white space collapsed: a prose import re-flows lines and paragraphs.
  const prefix = collapsed(span.prefix)
  const suffix = collapsed(span.suffix)
  const scores = starts.map((at) => {
    const before = collapsed(projectText.slice(Math.max(0, at - span.prefix.length * 2), at))
    const after = collapsed(projectText.slice(at + length, at + length + span.suffix.length * 2))
    return sharedEnd(before, prefix) + sharedStart(after, suffix)
  })
  const best = Math.max(...scores)
  const bestAt = starts.filter((_, index) => scores[index] === best)
  if (best > 0 && bestAt.length === 1) return found(bestAt[0] ?? 0, length)
  return { kind: 'ambiguous', count: starts.length }
}

function collapsed(text: string): string {
  return text.replace(/\s+/g, ' ')
}

/** How many characters `a` and `b` share at their ends. */
function sharedEnd(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1
  return n
}

/** How many characters `a` and `b` share at their starts. */
function sharedStart(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1
  return n
}

function found(start: number, length: number): Anchoring {
  return { kind: 'found', start, end: start + length }
}
