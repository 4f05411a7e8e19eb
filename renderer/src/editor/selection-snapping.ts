import { moveByWord, snapToWords, type Direction, type Edge, type Span } from '@core/shared/text/snap'
import { segmentAt, wordSegments } from '@core/shared/text/words'

/**
 * A selection in the reader, in whole-text UTF-16 offsets: `anchor` where it began, `focus` where it
 * ends now (before `anchor` when made backwards). A caret is a selection with anchor === focus.
 */
export interface TextSelection {
  anchor: number
  focus: number
}

/** How a span is snapped when it is tagged: to whole words (a mouse or keyboard selection) or exactly (Alt held). */
export type SnapMode = 'words' | 'exact'

/**
 * The span a selection tags, snapped by the core's rules: outward to whole words and trimmed of spaces and
 * punctuation, or with `exact` only widened so no character is cut. Null when it tags nothing.
 */
export function snapSelection(text: string, selection: TextSelection, mode: SnapMode): Span | null {
  return snapToWords(text, selection.anchor, selection.focus, { exact: mode === 'exact' })
}

/**
 * A selection with its focus moved one word: forward to the end of the next word, backward to the start
 * of the previous one (Shift+→ / Shift+←), so a selection grows and shrinks in whole words.
 */
export function extendByWord(text: string, selection: TextSelection, direction: Direction): TextSelection {
  return { anchor: selection.anchor, focus: moveByWord(text, selection.focus, direction, direction === 'forward' ? 'end' : 'start') }
}

/** A caret moved one word (→ / ←): to the start of the next or previous word. */
export function moveCaretByWord(text: string, offset: number, direction: Direction): number {
  return moveByWord(text, offset, direction, 'start')
}

/** The start of the paragraph after (or before) the one holding `offset`; `offset` itself when there is none. */
export function moveCaretByParagraph(text: string, offset: number, direction: Direction): number {
  if (direction === 'forward') {
    const next = text.indexOf('\n\n', offset)
    if (next < 0) return offset
    let at = next
    while (at < text.length && text[at] === '\n') at += 1
    return at < text.length ? at : offset
  }
  const start = paragraphStart(text, offset)
  if (start < offset) return start
  let at = start
  while (at > 0 && text[at - 1] === '\n') at -= 1
  return at > 0 ? paragraphStart(text, at) : offset
}

function paragraphStart(text: string, offset: number): number {
  const previous = text.lastIndexOf('\n\n', Math.max(0, offset - 1))
  if (previous < 0) return 0
  let at = previous
  while (at < text.length && text[at] === '\n') at += 1
  return Math.min(at, offset)
}

/**
 * The span after one edge of `span` is dragged to `offset` (a resize handle), snapped to a word edge: the end
 * to the end of the word at or before `offset`, the start to the start of the word at or after it. Null when
 * the span would be empty or turned inside out, or nothing changes.
 */
export function dragEdge(text: string, span: Span, edge: Edge, offset: number): Span | null {
  const at = Math.max(0, Math.min(offset, text.length))
  const next = edge === 'end' ? { start: span.start, end: wordEndAtOrBefore(text, at) } : { start: wordStartAtOrAfter(text, at), end: span.end }
  if (next.end <= next.start || (next.start === span.start && next.end === span.end)) return null
  return next
}

function wordEndAtOrBefore(text: string, offset: number): number {
  const segments = wordSegments(text, Math.max(0, offset - 1), offset)
  const holding = segmentAt(segments, offset)
  if (holding?.isWord && holding.start < offset) return holding.end
  const before = segmentAt(segments, offset - 1)
  if (before?.isWord) return before.end
  const moved = moveByWord(text, offset, 'backward', 'end')
  return moved < offset ? moved : offset
}

function wordStartAtOrAfter(text: string, offset: number): number {
  const holding = segmentAt(wordSegments(text, offset, offset), offset)
  if (holding?.isWord) return holding.start
  const moved = moveByWord(text, offset, 'forward', 'start')
  return moved > offset ? moved : offset
}
