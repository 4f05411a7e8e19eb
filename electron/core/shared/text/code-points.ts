/**
 * Converts UTF-16 offsets (JavaScript's unit, the one Tessera stores) into Unicode code-point offsets
 * (Python's `str` indexing, spaCy, brat, W3C Web Annotation). Precomputes where the astral characters
 * are, so each conversion is a binary search, fit for documents with tens of thousands of spans.
 */
export function createCodePointCounter(text: string): (utf16Offset: number) => number {
  const astralStarts: number[] = []
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        astralStarts.push(i)
        i += 1
      }
    }
  }
  return (utf16Offset) => utf16Offset - countBefore(astralStarts, utf16Offset)
}

/** How many of the ascending `sorted` lie strictly before `offset` (binary search). */
export function countBefore(sorted: readonly number[], offset: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] ?? Infinity) < offset) low = middle + 1
    else high = middle
  }
  return low
}
