import type { EditorView } from '@tiptap/pm/view'
import { trimSpan } from '@core/text/spans'
import type { PositionMap } from './position-map'

/**
 * The text span the user has selected with the mouse or keyboard in the reader, trimmed of white space
 * at either end; null when nothing (or only white space) inside the reader is selected. Read from the
 * DOM because the reader is read-only and ProseMirror does not track selections it cannot edit.
 */
export function selectedTextSpan(view: EditorView, positions: PositionMap, text: string): { start: number; end: number } | null {
  const selection = view.dom.ownerDocument.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  if (!view.dom.contains(range.startContainer) && !view.dom.contains(range.endContainer)) return null
  const from = view.dom.contains(range.startContainer) ? view.posAtDOM(range.startContainer, range.startOffset) : 0
  const to = view.dom.contains(range.endContainer)
    ? view.posAtDOM(range.endContainer, range.endOffset)
    : view.state.doc.content.size
  return trimSpan(text, positions.posToOffset(Math.min(from, to)), positions.posToOffset(Math.max(from, to)))
}

/** The annotation ids of the highlights stacked at a clicked element. */
export function highlightIdsAt(target: EventTarget | null): string[] {
  const ids: string[] = []
  let element = target instanceof Element ? target.closest('mark[data-annotation-id]') : null
  while (element) {
    const id = element.getAttribute('data-annotation-id')
    if (id) ids.push(id)
    element = element.parentElement?.closest('mark[data-annotation-id]') ?? null
  }
  return ids
}
