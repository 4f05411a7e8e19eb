/** Where each paragraph of a text starts (paragraphs are separated by one or more line breaks). */
export function paragraphStarts(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/\n+/g)) starts.push(match.index + match[0].length)
  return starts
}

/** The 1-based number of the paragraph holding `offset`, by binary search over `paragraphStarts`. */
export function paragraphAt(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return low + 1
}

/**
 * For annotations whose quote appears more than once in the list, the paragraph each one is in, so
 * "Hama" in paragraph 2 and "Hama" in paragraph 7 can be told apart. Quotes that occur once get nothing.
 */
export function paragraphsOfRepeatedQuotes(text: string, annotations: readonly { id: string; quote: string; start: number }[]): Map<string, number> {
  const seen = new Map<string, number>()
  for (const annotation of annotations) seen.set(annotation.quote, (seen.get(annotation.quote) ?? 0) + 1)
  const repeated = annotations.filter((a) => (seen.get(a.quote) ?? 0) > 1)
  if (repeated.length === 0) return new Map()
  const starts = paragraphStarts(text)
  return new Map(repeated.map((a) => [a.id, paragraphAt(starts, a.start)]))
}
