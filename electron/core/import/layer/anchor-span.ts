/** Where a span of the file's text lies in the project's version of the document, or why it cannot be told. */
export type Anchoring = { kind: 'found'; start: number; end: number } | { kind: 'not-found' } | { kind: 'ambiguous'; count: number }

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
 * Finds a span of a near-duplicate's text in the project's text: its quote, searched for within
 * NEARBY_CHARS (plus the texts' difference in length) of where it was; a single occurrence is taken; of
 * several, the one whose text before and after matches the span's prefix and suffix, if only one does.
 * Anything else is reported, never guessed (as hypothesis's anchoring does with stored selectors).
 */
export function anchorSpan(span: SpanInFile, fileTextLength: number, projectText: string): Anchoring {
  const reach = NEARBY_CHARS + Math.abs(projectText.length - fileTextLength)
  const from = Math.max(0, span.start - reach)
  const to = Math.min(projectText.length, span.end + reach)
  const starts: number[] = []
  for (let at = projectText.indexOf(span.quote, from); at !== -1 && at + span.quote.length <= to; at = projectText.indexOf(span.quote, at + 1)) starts.push(at)
  if (starts.length === 0) return { kind: 'not-found' }
  const length = span.quote.length
  if (starts.length === 1) return found(starts[0] ?? 0, length)
  const inContext = starts.filter((at) => projectText.slice(Math.max(0, at - span.prefix.length), at).endsWith(span.prefix) && projectText.startsWith(span.suffix, at + length))
  if (inContext.length === 1) return found(inContext[0] ?? 0, length)
  return { kind: 'ambiguous', count: starts.length }
}

function found(start: number, length: number): Anchoring {
  return { kind: 'found', start, end: start + length }
}
