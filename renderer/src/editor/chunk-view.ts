import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, Plugin, Selection } from '@tiptap/pm/state'
import { Decoration, DecorationSet, EditorView } from '@tiptap/pm/view'
import { applyChunkChange, buildChunkDecorations } from './chunk-decorations'
import type { TextChunk } from './chunks'
import { readerSchema } from './reader-schema'
import type { ChunkChange, DrawnHighlight } from './highlight-index'

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

/** One mounted chunk: a read-only ProseMirror view of its paragraphs with its highlights as decorations. */
export class ChunkView {
  readonly view: EditorView
  private decorations: DecorationSet

  constructor(
    host: HTMLElement,
    readonly chunk: TextChunk,
    text: string,
    highlights: Iterable<DrawnHighlight>
  ) {
    const doc = chunkDocument(text, chunk)
    this.decorations = buildChunkDecorations(doc, chunk, highlights)
    this.view = new EditorView(host, {
      state: EditorState.create({ doc, schema: readerSchema, plugins: headlinePlugin(doc, chunk) }),
      editable: () => false,
      decorations: () => this.decorations,
      attributes: { class: 'reader-chunk-text' }
    })
  }

  apply(change: ChunkChange): void {
    this.decorations = applyChunkChange(this.decorations, this.view.state.doc, this.chunk, change)
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
