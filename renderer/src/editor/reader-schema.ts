import { getSchema, mergeAttributes } from '@tiptap/core'
import Document from '@tiptap/extension-document'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'

/**
 * A paragraph whose direction follows its own text (`dir="auto"`): an Arabic or Hebrew paragraph runs
 * right to left, aligned right, beside English ones, and selections in it follow the logical order.
 */
const DirectionalParagraph = Paragraph.extend({
  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { dir: 'auto' }), 0]
  }
})

/** The reader's schema: tiptap's document, paragraph and text nodes, shared by every chunk. */
export const readerSchema = getSchema([Document, DirectionalParagraph, Text])
