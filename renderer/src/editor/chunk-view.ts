import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, Plugin, Selection } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import { CHUNK_DECORATIONS, type TextChunk } from './chunks'
import { ReaderEditorView } from './reader-editor-view'
import { readerSchema } from './reader-schema'
import type { ChunkChange, DrawnHighlight } from './highlight-index'
import { SlicedDecorations } from './sliced-decorations'

/** A chunk's ProseMirror document: one paragraph per text block, the text byte-identical. */
export function chunkDocument(text: string, chunk: TextChunk): ProseMirrorNode {
  const paragraphs = chunk.blocks.map((block) =>
    readerSchema.node('paragraph', null, block.end > block.start ? [readerSchema.text(text.slice(block.start, block.end))] : [])
  )
  return readerSchema.node('doc', null, paragraphs)
}

/**
 * The article's first paragraph is its headline: the page's one level-1 heading for assistive technology,
 * while it stays a paragraph of the text (annotatable like any other; a node decoration only adds attributes).
 */
function headlinePlugin(doc: ProseMirrorNode, chunk: TextChunk): Plugin[] {
  const first = doc.firstChild
  if (chunk.index !== 0 || !first || first.textContent.trim() === '') return []
  const headline = DecorationSet.create(doc, [Decoration.node(0, first.nodeSize, { role: 'heading', 'aria-level': '1' })])
  return [new Plugin({ props: { decorations: () => headline } })]
}

/**
 * One mounted chunk: a read-only ProseMirror view of its paragraphs with its highlights as decorations,
 * drawn a slice at a time (`drawSlice`, one per task) while there are more than one task can draw.
 */
export class ChunkView {
  readonly view: EditorView
  private readonly decorations: SlicedDecorations

  constructor(
    host: HTMLElement,
    readonly chunk: TextChunk,
    text: string,
    highlights: Iterable<DrawnHighlight>
  ) {
    const doc = chunkDocument(text, chunk)
    this.decorations = new SlicedDecorations(doc, chunk, highlights, CHUNK_DECORATIONS)
    this.view = new ReaderEditorView(host, {
      state: EditorState.create({ doc, schema: readerSchema, plugins: headlinePlugin(doc, chunk) }),
      editable: () => false,
      decorations: () => this.decorations.shown,
      attributes: { class: 'reader-chunk-text' }
    })
  }

  /** Whether some of its highlights are still to be drawn (see `drawSlice`). */
  get drawing(): boolean {
    return this.decorations.drawing
  }

  apply(change: ChunkChange): void {
    this.decorations.apply(change)
    this.view.updateState(this.view.state)
  }

  /** Draws the next slice of highlights still to be drawn. */
  drawSlice(): void {
    this.decorations.drawSlice()
    this.view.updateState(this.view.state)
  }

  /** Draws, now, the highlights still to be drawn at a whole-text span (one about to be scrolled to or focused). */
  drawAt(start: number, end: number): void {
    if (!this.decorations.drawing) return
    const from = this.chunk.positions.offsetToPos(Math.min(Math.max(start, this.chunk.start), this.chunk.end), 'start')
    const to = this.chunk.positions.offsetToPos(Math.min(Math.max(end, this.chunk.start), this.chunk.end), 'end')
    this.decorations.drawAt(from, to)
    this.view.updateState(this.view.state)
  }

  /**
   * Forgets the selection ProseMirror copied from the DOM. Once the DOM selection is removed ProseMirror
   * would keep the old one and write it back into the page on its next update (a click, a new highlight).
   */
  forgetSelection(): void {
    const { state } = this.view
    const start = Selection.atStart(state.doc)
    // Most chunks never held the selection: leave them alone (an update of each costs a key press its frame).
    if (state.selection.eq(start)) return
    this.view.updateState(state.apply(state.tr.setSelection(start)))
  }

  /** The whole-text offset of a DOM point inside this view. */
  offsetAt(node: Node, offset: number): number {
    return this.chunk.positions.posToOffset(this.view.posAtDOM(node, offset))
  }

  destroy(): void {
    this.view.destroy()
  }
}
