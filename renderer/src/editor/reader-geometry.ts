import type { ChunkedReader } from './chunked-reader'
import type { TextSelection } from './selection-snapping'

/** Where a caret or a span edge is drawn: a line-high box, in viewport coordinates. */
export interface CaretBox {
  left: number
  top: number
  height: number
}

/**
 * The box of a caret at a whole-text offset, its chunk mounted first. `bias: 'end'` puts the caret after
 * the character before the offset (a span's end), so it stays on that line and paragraph.
 */
export function caretBoxAt(reader: ChunkedReader, offset: number, bias: 'start' | 'end' = 'start'): CaretBox | null {
  const point = intoText(reader.domPointAt(offset, bias), bias)
  if (!point) return null
  const { node, offset: at } = point
  // The edge of the character after the point (or, at a span's end, before it), on its line.
  const from = bias === 'end' ? Math.max(0, at - 1) : Math.min(at, node.data.length - 1)
  if (from < 0 || node.data.length === 0) return null
  const range = document.createRange()
  range.setStart(node, from)
  range.setEnd(node, from + 1)
  const rects = range.getClientRects()
  const rect = (bias === 'end' ? rects[rects.length - 1] : rects[0]) ?? range.getBoundingClientRect()
  if (rect.height === 0) return null
  const rtl = getComputedStyle(node.parentElement ?? document.body).direction === 'rtl'
  const afterCharacter = from < at
  return { left: afterCharacter !== rtl ? rect.right : rect.left, top: rect.top, height: rect.height }
}

/**
 * A DOM point moved into a text node: ProseMirror gives points between elements (at a highlight's edge)
 * as (element, child index); a start goes to the start of the text after, an end to the end of the text before.
 */
function intoText(point: { node: Node; offset: number }, bias: 'start' | 'end'): { node: Text; offset: number } | null {
  if (point.node.nodeType === Node.TEXT_NODE) return { node: point.node as Text, offset: point.offset }
  const children = point.node.childNodes
  const before = children[point.offset - 1]
  const after = children[point.offset]
  const preferred = bias === 'end' ? (before ? lastText(before) : null) : after ? firstText(after) : null
  if (preferred) return preferred
  const fallback = bias === 'end' ? (after ? firstText(after) : null) : before ? lastText(before) : null
  return fallback
}

function firstText(node: Node): { node: Text; offset: number } | null {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
  const text = node.nodeType === Node.TEXT_NODE ? (node as Text) : (walker.nextNode() as Text | null)
  return text ? { node: text, offset: 0 } : null
}

function lastText(node: Node): { node: Text; offset: number } | null {
  if (node.nodeType === Node.TEXT_NODE) return { node: node as Text, offset: (node as Text).data.length }
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
  let last: Text | null = null
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) last = text
  return last ? { node: last, offset: last.data.length } : null
}

/** The whole-text offset under a viewport point, or null when the point is not over the text. */
export function offsetAtPoint(reader: ChunkedReader, x: number, y: number): number | null {
  const range = document.caretRangeFromPoint(x, y)
  if (!range) return null
  return reader.offsetOfDomPoint(range.startContainer, range.startOffset)
}

/** Shows a selection as the page's selection (a caret shows as nothing here: see the caret overlay). */
export function showSelection(reader: ChunkedReader, selection: TextSelection): void {
  const page = document.getSelection()
  if (!page) return
  if (selection.anchor === selection.focus) {
    page.removeAllRanges()
    return
  }
  const forward = selection.anchor < selection.focus
  const anchor = reader.domPointAt(selection.anchor, forward ? 'start' : 'end')
  const focus = reader.domPointAt(selection.focus, forward ? 'end' : 'start')
  page.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset)
}

/** The page's selection in whole-text offsets (anchor and focus as the user made them), or null outside the text. */
export function readSelection(reader: ChunkedReader, container: Element): TextSelection | null {
  const page = document.getSelection()
  if (!page || !page.anchorNode || !page.focusNode || page.rangeCount === 0) return null
  if (!container.contains(page.anchorNode) && !container.contains(page.focusNode)) return null
  return { anchor: reader.offsetOfDomPoint(page.anchorNode, page.anchorOffset), focus: reader.offsetOfDomPoint(page.focusNode, page.focusOffset) }
}

/** Whether the text at an offset runs right to left (its paragraph's direction, from `dir="auto"`). */
export function isRightToLeftAt(reader: ChunkedReader, offset: number): boolean {
  const point = reader.domPointAt(offset)
  const element = point.node instanceof Element ? point.node : point.node.parentElement
  const paragraph = element?.closest('p') ?? element
  return paragraph ? getComputedStyle(paragraph).direction === 'rtl' : false
}
