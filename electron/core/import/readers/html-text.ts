import type { DefaultTreeAdapterTypes } from 'parse5'
import type { PageElement, PageNode } from './html-page'

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL'
])
export const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS'])

/** How the text walk sees a tree: jsdom's DOM and parse5's light tree both fit. */
export interface TextTree<N> {
  /** A text node's text, else undefined. */
  textOf(node: N): string | undefined
  /** An element's tag name in upper case, else undefined. */
  tagOf(node: N): string | undefined
  /** The children of an element, document or fragment; none for anything else. */
  childrenOf(node: N): ArrayLike<N>
}

export const domTree: TextTree<Node> = {
  textOf: (node) => (node.nodeType === 3 ? (node as Text).data : undefined),
  tagOf: (node) => (node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : undefined),
  childrenOf: (node) => (node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11 ? Array.from(node.childNodes) : [])
}

export const pageTree: TextTree<PageNode> = {
  textOf: (node) => (node.nodeName === '#text' ? (node as DefaultTreeAdapterTypes.TextNode).value : undefined),
  tagOf: (node) => ('tagName' in node ? (node as PageElement).tagName.toUpperCase() : undefined),
  childrenOf: (node) => ('childNodes' in node ? node.childNodes : [])
}

interface Frame<N> {
  children: ArrayLike<N>
  next: number
  preformatted: boolean
  block: boolean
}

/**
 * The plain text of an element, one paragraph per block: white space collapsed as a browser does
 * (kept inside `<pre>`), `<br>` a line break, table cells separated by tabs. Only text nodes are read,
 * so markup written as text (`&lt;script&gt;`) stays text, and no element survives. The walk keeps its
 * own stack, so a page nested any number of levels deep cannot overflow the call stack. `skip` leaves
 * out further elements with all they hold.
 */
export function paragraphsOf<N>(root: N, tree: TextTree<N>, skip?: (element: N, tag: string) => boolean): string[] {
  const paragraphs: string[] = []
  let current = ''
  const flush = (): void => {
    const paragraph = trimAroundLineBreaks(current).trim()
    if (paragraph) paragraphs.push(paragraph)
    current = ''
  }
  const stack: Array<Frame<N>> = []
  /** Reads a text node or `<br>` at once; opens a frame for anything with children. */
  const enter = (node: N, preformatted: boolean): void => {
    const data = tree.textOf(node)
    if (data !== undefined) {
      current += preformatted ? data : data.replace(/[ \t\n\r\f]+/g, ' ')
      return
    }
    const tag = tree.tagOf(node)
    if (tag === undefined) {
      stack.push({ children: tree.childrenOf(node), next: 0, preformatted, block: false })
      return
    }
    if (SKIPPED.has(tag) || skip?.(node, tag)) return
    if (tag === 'BR') {
      current += '\n'
      return
    }
    if (tag === 'TD' || tag === 'TH') current += current && !current.endsWith('\t') ? '\t' : ''
    const block = BLOCKS.has(tag)
    if (block) flush()
    stack.push({ children: tree.childrenOf(node), next: 0, preformatted: preformatted || tag === 'PRE', block })
  }
  enter(root, false)
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame<N>
    if (frame.next < frame.children.length) {
      enter(frame.children[frame.next++] as N, frame.preformatted)
      continue
    }
    stack.pop()
    if (frame.block) flush()
  }
  flush()
  return paragraphs
}

const isLineSpace = (code: number): boolean => code === 32 || code === 9 || code === 13 || code === 12

/**
 * The text without the spaces, tabs, CR and FF around each line break, in linear time (the pattern this
 * replaces, `[ \t\r\f]*\n[ \t\r\f]*`, backtracked: 40,000 spaces in a `<pre>` took 2.7 s).
 */
function trimAroundLineBreaks(text: string): string {
  const lines = text.split('\n')
  const last = lines.length - 1
  return lines
    .map((line, i) => {
      let start = 0
      let end = line.length
      if (i > 0) while (start < end && isLineSpace(line.charCodeAt(start))) start++
      if (i < last) while (end > start && isLineSpace(line.charCodeAt(end - 1))) end--
      return line.slice(start, end)
    })
    .join('\n')
}
