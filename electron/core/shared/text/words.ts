/**
 * Word segments of a text, found with the Unicode word-break rules (Intl.Segmenter, ICU): numbers with
 * separators ("1,300", "١٢") and words with combining marks, apostrophes or gershayim stay whole, and a
 * segment never splits a surrogate pair, a flag or a base character from its marks.
 *
 * Only a window around the offsets of interest is segmented, so a call costs the size of the window,
 * not of the document. Windows start and end at white space, where the word-break rules always break,
 * so a window's segments are the same as the whole text's.
 */
export interface WordSegment {
  start: number
  end: number
  /** A word or number (letters, digits); false for spaces, punctuation, emoji and other symbols. */
  isWord: boolean
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' })
const MARGIN = 64
/** How far past the margin to look for white space before cutting a window anyway. */
const MAX_SEEK = 4_096

function isSpace(char: string): boolean {
  return /\s/u.test(char)
}

function windowStart(text: string, from: number): number {
  let at = Math.max(0, from - MARGIN)
  const limit = Math.max(0, at - MAX_SEEK)
  while (at > limit && !isSpace(text.charAt(at - 1))) at -= 1
  return at
}

function windowEnd(text: string, to: number): number {
  let at = Math.min(text.length, to + MARGIN)
  const limit = Math.min(text.length, at + MAX_SEEK)
  while (at < limit && !isSpace(text.charAt(at))) at += 1
  return at
}

/** The segments covering at least `from`–`to` (and a margin either side), in text order. */
export function wordSegments(text: string, from: number, to: number): WordSegment[] {
  const start = windowStart(text, from)
  const end = windowEnd(text, to)
  const segments: WordSegment[] = []
  for (const piece of segmenter.segment(text.slice(start, end))) {
    segments.push({ start: start + piece.index, end: start + piece.index + piece.segment.length, isWord: piece.isWordLike === true })
  }
  return segments
}

/** The segment holding the character at `offset` (the one that starts at or spans it), if any. */
export function segmentAt(segments: readonly WordSegment[], offset: number): WordSegment | undefined {
  return segments.find((segment) => segment.start <= offset && offset < segment.end)
}
