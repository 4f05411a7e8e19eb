import type { JSONContent } from '@tiptap/core'
import { splitParagraphs } from '@core/shared/text/paragraphs'
import { PositionMap } from './position-map'

export interface ReaderDocument {
  content: JSONContent
  positions: PositionMap
}

/** The reader's ProseMirror document for a text: one paragraph per block, the text byte-identical. */
export function buildReaderDocument(text: string): ReaderDocument {
  const blocks = splitParagraphs(text)
  const content: JSONContent = {
    type: 'doc',
    content: blocks.map((block) => ({
      type: 'paragraph',
      content: block.end > block.start ? [{ type: 'text', text: text.slice(block.start, block.end) }] : []
    }))
  }
  return { content, positions: new PositionMap(blocks) }
}
