import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { clipToChunk, type TextChunk } from './chunks'
import type { ChunkChange, DrawnHighlight } from './highlight-index'

/** The attributes a highlight's `<mark>` carries: its tag, id, name, and whether it is selected or not yet saved. */
export function highlightAttributes(highlight: DrawnHighlight): Record<string, string> {
  const attributes: Record<string, string> = {
    nodeName: 'mark',
    class: 'highlight',
    'data-tag': highlight.tag,
    'data-annotation-id': highlight.id
  }
  if (highlight.label) {
    // A named group: <mark>'s own role may not be named. The selected one is the reader's roving tab stop.
    attributes.role = 'group'
    if (highlight.roleDescription) attributes['aria-roledescription'] = highlight.roleDescription
    attributes['aria-label'] = highlight.label
  }
  if (highlight.selected) {
    attributes['data-selected'] = 'true'
    attributes['aria-current'] = 'true'
    attributes.tabindex = '0'
  }
  if (highlight.layer) attributes['data-layer'] = highlight.layer
  if (highlight.pending) {
    attributes['data-pending'] = highlight.pending
    if (highlight.description) attributes['aria-description'] = highlight.description
  }
  return attributes
}

/** The decoration of the part of a highlight inside a chunk, or null if none of it is there. */
export function chunkDecoration(chunk: TextChunk, highlight: DrawnHighlight): Decoration | null {
  const range = clipToChunk(chunk, highlight.start, highlight.end)
  if (!range) return null
  return Decoration.inline(range.from, range.to, highlightAttributes(highlight), {
    inclusiveStart: false,
    inclusiveEnd: false,
    annotationId: highlight.id
  })
}

/** The decorations of the parts of these highlights inside a chunk. */
export function decorationsOf(chunk: TextChunk, highlights: Iterable<DrawnHighlight>): Decoration[] {
  const decorations: Decoration[] = []
  for (const highlight of highlights) {
    const decoration = chunkDecoration(chunk, highlight)
    if (decoration) decorations.push(decoration)
  }
  return decorations
}

/** Every highlight of a chunk, built at once (when the chunk mounts). */
export function buildChunkDecorations(doc: ProseMirrorNode, chunk: TextChunk, highlights: Iterable<DrawnHighlight>): DecorationSet {
  return DecorationSet.create(doc, decorationsOf(chunk, highlights))
}

/** A chunk's decorations after a change: only the changed highlights are taken away and drawn again. */
export function applyChunkChange(set: DecorationSet, doc: ProseMirrorNode, chunk: TextChunk, change: ChunkChange): DecorationSet {
  let next = set
  if (change.removed.size > 0) {
    const stale = next.find(undefined, undefined, (spec: { annotationId?: string }) => change.removed.has(spec.annotationId ?? ''))
    next = next.remove(stale)
  }
  const added = decorationsOf(chunk, change.added)
  return added.length > 0 ? next.add(doc, added) : next
}
