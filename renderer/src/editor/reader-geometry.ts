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
  const point = reader.domPointAt(offset, bias)
  const range = document.createRange()
  range.setStart(point.node, point.offset)
  range.collapse(true)
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect()
  if (rect.height > 0) return { left: rect.left, top: rect.top, height: rect.height }
  return characterEdge(point.node, point.offset, bias)
}

/** A caret at an element boundary has no box of its own: use the edge of the character beside it. */
function characterEdge(node: Node, offset: number, bias: 'start' | 'end'): CaretBox | null {
  const walker = document.createTreeWalker(node.nodeType === Node.TEXT_NODE ? (node.parentElement ?? node) : node, NodeFilter.SHOW_TEXT)
  const text = node.nodeType === Node.TEXT_NODE ? (node as Text) : (walker.nextNode() as Text | null)
  if (!text || text.data.length === 0) return null
  const at = node === text ? Math.min(offset, text.data.length) : bias === 'end' ? text.data.length : 0
  const range = document.createRange()
  const from = at >= text.data.length ? at - 1 : at
  range.setStart(text, from)
  range.setEnd(text, from + 1)
  const rect = range.getBoundingClientRect()
  if (rect.height === 0) return null
  const rtl = getComputedStyle(text.parentElement ?? document.body).direction === 'rtl'
  const atEnd = from < at
  const left = atEnd !== rtl ? rect.right : rect.left
  return { left, top: rect.top, height: rect.height }
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
