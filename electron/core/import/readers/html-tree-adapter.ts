import { defaultTreeAdapter, type DefaultTreeAdapterMap, type DefaultTreeAdapterTypes, type TreeAdapter } from 'parse5'

type TextNode = DefaultTreeAdapterTypes.TextNode

/** Thrown while parsing, from inside parse5, once a page has made more elements than it may. */
export class TooManyElements extends Error {}

/**
 * parse5's default tree, lighter and bounded: comments are left out (they never reach the text, and
 * without them the nodes are bounded by the elements), parsing stops at the `maxElements`+1st element,
 * and text is gathered in pieces, set once `finish` is called. parse5 hands text over a word at a
 * time; appending each to the node's string built a chain of millions of pieces (900 MB for 40 MB of text).
 */
export function boundedTreeAdapter(maxElements: number): { adapter: TreeAdapter<DefaultTreeAdapterMap>; finish(): void } {
  let elements = 0
  const pieces = new Map<TextNode, { blocks: string[]; recent: string[] }>()
  const append = (node: TextNode, text: string): void => {
    let gathered = pieces.get(node)
    if (!gathered) pieces.set(node, (gathered = { blocks: [], recent: [] }))
    gathered.recent.push(text)
    if (gathered.recent.length === 4_096) gathered.blocks.push(gathered.recent.splice(0).join(''))
  }
  const adapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    createElement: (tagName, namespaceURI, attrs) => {
      if (++elements > maxElements) throw new TooManyElements()
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs)
    },
    appendChild: (parent, node) => {
      if (node.nodeName !== '#comment') defaultTreeAdapter.appendChild(parent, node)
    },
    insertText: (parent, text) => {
      const last = parent.childNodes[parent.childNodes.length - 1]
      if (last && defaultTreeAdapter.isTextNode(last)) append(last, text)
      else defaultTreeAdapter.appendChild(parent, defaultTreeAdapter.createTextNode(text))
    },
    insertTextBefore: (parent, text, reference) => {
      const { childNodes } = parent
      const at = childNodes[childNodes.length - 1] === reference ? childNodes.length - 1 : childNodes.indexOf(reference)
      const before = childNodes[at - 1]
      if (before && defaultTreeAdapter.isTextNode(before)) append(before, text)
      else defaultTreeAdapter.insertBefore(parent, defaultTreeAdapter.createTextNode(text), reference)
    }
  }
  const finish = (): void => {
    for (const [node, { blocks, recent }] of pieces) node.value += blocks.join('') + recent.join('')
    pieces.clear()
  }
  return { adapter, finish }
}
