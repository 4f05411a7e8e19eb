import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { PositionMap } from './position-map'

export interface Highlight {
  id: string
  tag: string
  start: number
  end: number
}

export interface HighlightsOptions {
  positions: PositionMap | null
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    annotationHighlights: {
      /** Draws exactly these highlights, replacing those drawn before. */
      setHighlights: (highlights: readonly Highlight[]) => ReturnType
    }
  }
}

export const highlightsKey = new PluginKey<DecorationSet>('annotationHighlights')

/**
 * Annotations drawn as decorations, never as marks in the text: the text stays identical and spans may
 * overlap. Each span is a `<mark data-tag data-annotation-id>`; overlapping spans nest.
 */
export const AnnotationHighlights = Extension.create<HighlightsOptions>({
  name: 'annotationHighlights',

  addOptions() {
    return { positions: null }
  },

  addCommands() {
    return {
      setHighlights:
        (highlights) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(highlightsKey, highlights)
          return true
        }
    }
  },

  addProseMirrorPlugins() {
    const build = (doc: ProseMirrorNode, highlights: readonly Highlight[]): DecorationSet => {
      const { positions } = this.options
      if (!positions) return DecorationSet.empty
      return DecorationSet.create(doc, highlights.map((h) => toDecoration(h, positions)))
    }
    return [
      new Plugin<DecorationSet>({
        key: highlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, previous) => {
            const highlights = tr.getMeta(highlightsKey) as readonly Highlight[] | undefined
            return highlights ? build(tr.doc, highlights) : previous.map(tr.mapping, tr.doc)
          }
        },
        props: {
          decorations: (state) => highlightsKey.getState(state)
        }
      })
    ]
  }
})

function toDecoration(highlight: Highlight, positions: PositionMap): Decoration {
  return Decoration.inline(
    positions.offsetToPos(highlight.start, 'start'),
    positions.offsetToPos(highlight.end, 'end'),
    { nodeName: 'mark', class: 'highlight', 'data-tag': highlight.tag, 'data-annotation-id': highlight.id },
    { inclusiveStart: false, inclusiveEnd: false, annotationId: highlight.id }
  )
}
