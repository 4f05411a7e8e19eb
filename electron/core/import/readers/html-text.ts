const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL'
])
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS'])

/**
 * The plain text of an element, one paragraph per block: white space collapsed as a browser does
 * (kept inside `<pre>`), `<br>` a line break, table cells separated by tabs. Only text nodes are read,
 * so markup written as text (`&lt;script&gt;`) stays text, and no element survives.
 */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = []
  let current = ''
  const flush = (): void => {
    const paragraph = current.replace(/[ \t\r\f]*\n[ \t\r\f]*/g, '\n').trim()
    if (paragraph) paragraphs.push(paragraph)
    current = ''
  }
  const walk = (node: Node, preformatted: boolean): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data
      current += preformatted ? data : data.replace(/[ \t\n\r\f]+/g, ' ')
      return
    }
    if (node.nodeType === 9 || node.nodeType === 11) {
      for (const child of Array.from(node.childNodes)) walk(child, preformatted)
      return
    }
    if (node.nodeType !== 1) return
    const element = node as Element
    const name = element.tagName.toUpperCase()
    if (SKIPPED.has(name)) return
    if (name === 'BR') {
      current += '\n'
      return
    }
    if (name === 'TD' || name === 'TH') current += current && !current.endsWith('\t') ? '\t' : ''
    const block = BLOCKS.has(name)
    if (block) flush()
    for (const child of Array.from(element.childNodes)) walk(child, preformatted || name === 'PRE')
    if (block) flush()
  }
  walk(root, false)
  flush()
  return paragraphs
}
