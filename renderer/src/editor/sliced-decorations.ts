import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { DecorationSet, type Decoration } from '@tiptap/pm/view'
import { decorationsOf } from './chunk-decorations'
import type { TextChunk } from './chunks'
import type { ChunkChange, DrawnHighlight } from './highlight-index'

/**
 * A chunk's highlights, drawn a slice of paragraphs at a time when there are more than one task can draw:
 * chunks are split where highlights are dense, but highlights that arrive after the split (the later pages
 * of a document's annotations) can still make one too dense. `all` is always complete; `shown` is what the
 * view draws, equal to `all` except in the paragraphs still pending. Removals are shown at once.
 */
export class SlicedDecorations {
  private all: DecorationSet
  private shownSet: DecorationSet
  /** Each paragraph's range in the chunk's document, in order. */
  private readonly paragraphs: { from: number; to: number }[] = []
  /** The paragraphs whose drawn highlights may differ from `all`, by index. */
  private readonly pending = new Set<number>()

  constructor(
    private readonly doc: ProseMirrorNode,
    private readonly chunk: TextChunk,
    highlights: Iterable<DrawnHighlight>,
    private readonly perSlice: number
  ) {
    doc.forEach((node, offset) => this.paragraphs.push({ from: offset, to: offset + node.nodeSize }))
    const decorations = decorationsOf(chunk, highlights)
    // ProseMirror empties the arrays it is given as it files the decorations away: it gets copies.
    this.all = DecorationSet.create(doc, [...decorations])
    if (decorations.length <= perSlice) this.shownSet = this.all
    else {
      this.shownSet = DecorationSet.empty
      this.markPending(decorations)
      this.drawSlice()
    }
  }

  /** What the view draws now. */
  get shown(): DecorationSet {
    return this.shownSet
  }

  /** Whether some paragraphs still wait for their highlights (see `drawSlice`). */
  get drawing(): boolean {
    return this.pending.size > 0
  }

  /** Takes a change: a small one is shown at once, a large one's new highlights wait for `drawSlice`. */
  apply(change: ChunkChange): void {
    const added = decorationsOf(this.chunk, change.added)
    this.all = this.withChange(this.all, this.removedIn(this.all, change), added)
    if (added.length <= this.perSlice) {
      this.shownSet = this.pending.size === 0 ? this.all : this.withChange(this.shownSet, this.removedIn(this.shownSet, change), added)
      return
    }
    this.shownSet = this.withChange(this.shownSet, this.removedIn(this.shownSet, change), [])
    this.markPending(added)
  }

  /** Draws the next pending paragraphs, in order, up to `perSlice` highlights (one paragraph at least, however many it holds). */
  drawSlice(): void {
    let drawn = 0
    for (const index of [...this.pending].sort((a, b) => a - b)) {
      const paragraph = this.paragraphs[index]
      const wanted = paragraph ? this.all.find(paragraph.from, paragraph.to) : []
      if (drawn > 0 && drawn + wanted.length > this.perSlice) return
      this.drawParagraph(index, wanted)
      drawn += wanted.length
    }
  }

  /** Draws, now, the pending paragraphs that a document position range touches (a highlight about to be focused). */
  drawAt(from: number, to: number): void {
    for (const index of [...this.pending]) {
      const paragraph = this.paragraphs[index]
      if (paragraph && paragraph.from <= to && paragraph.to >= from) this.drawParagraph(index, this.all.find(paragraph.from, paragraph.to))
    }
  }

  private drawParagraph(index: number, wanted: Decoration[]): void {
    this.pending.delete(index)
    const paragraph = this.paragraphs[index]
    if (!paragraph) return
    this.shownSet = this.pending.size === 0 ? this.all : this.withChange(this.shownSet, this.shownSet.find(paragraph.from, paragraph.to), wanted)
  }

  private markPending(decorations: readonly { from: number; to: number }[]): void {
    for (const decoration of decorations) {
      this.paragraphs.forEach((paragraph, index) => {
        if (paragraph.from < decoration.to && paragraph.to > decoration.from) this.pending.add(index)
      })
    }
  }

  private removedIn(set: DecorationSet, change: ChunkChange): Decoration[] {
    if (change.removed.size === 0) return []
    return set.find(undefined, undefined, (spec: { annotationId?: string }) => change.removed.has(spec.annotationId ?? ''))
  }

  private withChange(set: DecorationSet, removed: Decoration[], added: Decoration[]): DecorationSet {
    const kept = removed.length > 0 ? set.remove(removed) : set
    return added.length > 0 ? kept.add(this.doc, [...added]) : kept
  }
}
