import { marked, type Token, type Tokens } from 'marked'
import { detectLanguage } from '../metadata/language'
import { metadataFromLeadingLines } from '../metadata/leading-lines'
import { extensionOf, type ImportReader } from '../reader'
import { decodeForReader } from './decode-for-reader'

/** Markdown reduced to plain paragraphs with marked's lexer: markup, links' targets, images and raw HTML dropped. */
export const markdownReader: ImportReader = {
  format: 'markdown',
  canRead: (name) => ['md', 'markdown'].includes(extensionOf(name)),
  read: (name, bytes, options) => {
    const source = decodeForReader(name, bytes, options)
    const tokens = marked.lexer(source)
    const paragraphs = blocks(tokens).filter((p) => p.trim().length > 0)
    const text = paragraphs.join('\n\n')
    const heading = tokens.find((t): t is Tokens.Heading => t.type === 'heading')
    const metadata = metadataFromLeadingLines(text, name)
    return Promise.resolve([
      {
        origin: name,
        metadata: { ...metadata, ...(heading ? { title: inline(heading.tokens).trim() } : {}), language: detectLanguage(text) },
        text,
        offsetUnit: 'utf16',
        annotations: []
      }
    ])
  }
}

function blocks(tokens: Token[]): string[] {
  const out: string[] = []
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        out.push(inline((token as Tokens.Heading | Tokens.Paragraph).tokens))
        break
      case 'text':
        out.push('tokens' in token && token.tokens ? inline(token.tokens) : (token as Tokens.Text).text)
        break
      case 'list':
        for (const item of (token as Tokens.List).items) out.push(...blocks(item.tokens))
        break
      case 'blockquote':
        out.push(...blocks((token as Tokens.Blockquote).tokens))
        break
      case 'code':
        out.push((token as Tokens.Code).text)
        break
      case 'table': {
        const table = token as Tokens.Table
        const rows = [table.header, ...table.rows].map((row) => row.map((cell) => inline(cell.tokens)).join('\t'))
        out.push(rows.join('\n'))
        break
      }
      default:
        // space, hr, html, def: nothing to read.
        break
    }
  }
  return out
}

function inline(tokens: Token[] | undefined): string {
  if (!tokens) return ''
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'br':
          return '\n'
        case 'image':
        case 'html':
          return ''
        case 'codespan':
          return (token as Tokens.Codespan).text
        case 'escape':
          return (token as Tokens.Escape).text
        default:
          return 'tokens' in token && Array.isArray(token.tokens) ? inline(token.tokens) : 'text' in token ? String(token.text) : ''
      }
    })
    .join('')
}
