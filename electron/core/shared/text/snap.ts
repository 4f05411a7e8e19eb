import { pairBrackets } from './snap-pairs'
import { segmentAt, wordSegments, type WordSegment } from './words'

export interface Span {
  start: number
  end: number
}

/**
 * Spaces and punctuation trimmed from both ends of a snapped span: every Unicode punctuation class
 * (quotes of every kind, commas, full stops, brackets, dashes, Arabic ، ؛ ؟, Hebrew geresh …) and
 * separators. Symbols (currency, emoji) are kept: "$5" and "🔥" are content.
 */
const TRIMMED = /^[\p{P}\p{Z}\s]+$/u

export interface SnapOptions {
  /** Keep the exact characters selected (Alt held): only never split a character. */
  exact?: boolean
}

/**
 * The span a selection of `start`–`end` tags: widened outward to whole words (a drag over "2 tan" in
 * "12 tanks" gives "12 tanks"), then trimmed of surrounding spaces and punctuation, brackets and quotes kept
 * or dropped in pairs (`snap-pairs.ts`). With `exact`, the
 * characters are kept as selected, only widened so no character (surrogate pair, flag, base with its
 * marks) is cut. Null when nothing but spaces and punctuation is selected (in exact mode: when empty).
 */
export function snapToWords(text: string, start: number, end: number, options: SnapOptions = {}): Span | null {
  const from = Math.max(0, Math.min(start, end, text.length))
  const to = Math.min(text.length, Math.max(start, end))
  if (from === to) return null
  const segments = wordSegments(text, from, to)
  if (options.exact) return { start: clusterStart(text, from), end: clusterEnd(text, to) }

  let snappedStart = from
  let snappedEnd = to
  const first = segmentAt(segments, from)
  if (first && first.start < from) snappedStart = first.start
  const last = segmentAt(segments, to - 1)
  if (last && last.end > to) snappedEnd = last.end
  return trimPunctuation(text, segments, snappedStart, snappedEnd)
}

function trimPunctuation(text: string, segments: readonly WordSegment[], start: number, end: number): Span | null {
  const inside = segments.filter((segment) => segment.start >= start && segment.end <= end)
  let first = 0
  let last = inside.length - 1
  while (first <= last && isTrimmed(text, inside[first])) first += 1
  while (last >= first && isTrimmed(text, inside[last])) last -= 1
  const head = inside[first]
  const tail = inside[last]
  if (!head || !tail) return null
  return pairBrackets(text, { start: head.start, end: tail.end })
}

function isTrimmed(text: string, segment: WordSegment | undefined): boolean {
  return segment !== undefined && !segment.isWord && TRIMMED.test(text.slice(segment.start, segment.end))
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const CLUSTER_WINDOW = 32

/** The start of the user-perceived character holding `offset`. */
function clusterStart(text: string, offset: number): number {
  const from = Math.max(0, offset - CLUSTER_WINDOW)
  let best = from
  for (const piece of graphemes.segment(text.slice(from, offset + 1))) {
    if (from + piece.index <= offset) best = from + piece.index
  }
  return best
}

/** The end of the user-perceived character ending at or spanning `offset`. */
function clusterEnd(text: string, offset: number): number {
  if (offset >= text.length) return text.length
  const from = clusterStart(text, offset - 1 < 0 ? 0 : offset - 1)
  for (const piece of graphemes.segment(text.slice(from, offset + CLUSTER_WINDOW))) {
    const pieceEnd = from + piece.index + piece.segment.length
    if (pieceEnd >= offset) return pieceEnd
  }
  return offset
}

/** The word at `offset` (double-click): the word holding that character, or the one just before it. */
export function wordAt(text: string, offset: number): Span | null {
  if (text.length === 0) return null
  const at = Math.max(0, Math.min(offset, text.length))
  const segments = wordSegments(text, at, at)
  const holding = segmentAt(segments, at)
  if (holding?.isWord) return { start: holding.start, end: holding.end }
  const before = segmentAt(segments, at - 1)
  if (before?.isWord) return { start: before.start, end: before.end }
  return null
}

export type Direction = 'forward' | 'backward'
export type Edge = 'start' | 'end'

/**
 * Where an edge at `offset` moves by one word: an end edge to the end of the next (or previous) word,
 * a start edge to the start of the next (or previous) word. Returns `offset` when there is no further word.
 */
export function moveByWord(text: string, offset: number, direction: Direction, edge: Edge = 'end'): number {
  let reach = 256
  for (;;) {
    const from = direction === 'forward' ? offset : Math.max(0, offset - reach)
    const to = direction === 'forward' ? Math.min(text.length, offset + reach) : offset
    const words = wordSegments(text, from, to).filter((segment) => segment.isWord)
    const candidates = words.map((word) => (edge === 'end' ? word.end : word.start))
    const found =
      direction === 'forward' ? candidates.find((at) => at > offset) : candidates.filter((at) => at < offset).pop()
    if (found !== undefined) return found
    if ((direction === 'forward' && to >= text.length) || (direction === 'backward' && from <= 0)) return offset
    reach *= 4
  }
}

/**
 * A span with one edge moved by one word (Shift+←/→ moves the end, Alt+Shift+←/→ the start). Null when
 * the move would leave nothing or nothing moves.
 */
export function resizeByWord(text: string, span: Span, edge: Edge, direction: Direction): Span | null {
  const moved = moveByWord(text, edge === 'end' ? span.end : span.start, direction, edge)
  const next = edge === 'end' ? { start: span.start, end: moved } : { start: moved, end: span.end }
  if (next.end <= next.start || (next.start === span.start && next.end === span.end)) return null
  return next
}
