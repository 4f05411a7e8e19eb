import { trimSpan } from '@core/shared/text/spans'

/** What the selection mapping needs of a mounted chunk. */
export interface ChunkOffsets {
  readonly chunk: { start: number; end: number }
  readonly view: { dom: Element }
  offsetAt(node: Node, offset: number): number
}

/**
 * The whole-text offset of a DOM point in the reader: inside a mounted chunk through its ProseMirror
 * view; on a chunk's host or placeholder, at that chunk's edge; before or after the text, 0 or its length.
 */
export function offsetOfPoint(
  node: Node,
  offset: number,
  text: string,
  container: Element,
  viewOfHost: (host: Element) => ChunkOffsets | undefined
): number {
  if (!container.contains(node)) {
    const before = container.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING
    return before ? 0 : text.length
  }
  if (node === container) {
    const host = container.children[offset]
    return host ? edgeOf(host, 'start', text) : text.length
  }
  const element = node instanceof Element ? node : node.parentElement
  const host = element?.closest('[data-chunk]')
  if (!host) return 0
  const view = viewOfHost(host)
  if (view && view.view.dom.contains(node)) return view.offsetAt(node, offset)
  return edgeOf(host, node === host && offset > 0 ? 'end' : 'start', text)
}

/** A chunk host's first or last offset, from the `data-chunk-start`/`data-chunk-end` it carries. */
function edgeOf(host: Element, edge: 'start' | 'end', text: string): number {
  const value = Number(host.getAttribute(`data-chunk-${edge}`) ?? NaN)
  return Number.isFinite(value) ? value : text.length
}

/** The span a DOM range covers in the text, trimmed of white space at either end; null if only white space. */
export function spanOfRange(
  range: Range,
  text: string,
  container: Element,
  viewOfHost: (host: Element) => ChunkOffsets | undefined
): { start: number; end: number } | null {
  const from = offsetOfPoint(range.startContainer, range.startOffset, text, container, viewOfHost)
  const to = offsetOfPoint(range.endContainer, range.endOffset, text, container, viewOfHost)
  if (from === to) return null
  return trimSpan(text, Math.min(from, to), Math.max(from, to))
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
