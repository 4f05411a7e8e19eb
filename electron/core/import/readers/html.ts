import { Readability } from '@mozilla/readability'
import createDOMPurify from 'dompurify'
import { JSDOM, VirtualConsole } from 'jsdom'
import { TEXT_ENCODINGS, type TextEncoding } from '../decode'
import { detectLanguage } from '../metadata/language'
import { metadataFromLeadingLines } from '../metadata/leading-lines'
import { extensionOf, headText, type ImportReader } from '../reader'
import { decodeForReader } from './decode-for-reader'
import { metadataFromPage } from './html-metadata'
import { paragraphsOf } from './html-text'

/** Elements that carry no article text and could carry active content: removed before Readability sees the page. */
const FORBIDDEN_TAGS = ['style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'link', 'meta', 'base', 'img', 'picture', 'source', 'video', 'audio', 'canvas']

/**
 * A saved web page: the article extracted with Readability on a jsdom DOM (no scripts run, no
 * resource loaded, no network), sanitised first with DOMPurify on that DOM, and stored as plain text
 * paragraphs. Title, outlet, author, date, canonical URL and language from the page's metadata.
 */
export const htmlReader: ImportReader = {
  format: 'html',
  canRead: (name, bytes) => ['html', 'htm', 'xhtml'].includes(extensionOf(name)) || /^\s*(<!doctype html|<html[\s>])/i.test(headText(bytes, 512)),
  read: (name, bytes, options) => {
    const declared = options.encoding ?? declaredCharset(bytes)
    const html = decodeForReader(name, bytes, { ...options, encoding: declared })
    return Promise.resolve([readHtml(name, html)])
  }
}

export function readHtml(origin: string, html: string) {
  // jsdom's defaults are what safety needs: scripts are not run and no subresource is fetched.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), contentType: 'text/html' })
  try {
    const { document } = dom.window
    const metadata = metadataFromPage(document)
    const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0])
    for (const element of Array.from(document.head.children)) if (element.tagName !== 'TITLE') element.remove()
    purify.sanitize(document.body, { IN_PLACE: true, FORBID_TAGS: FORBIDDEN_TAGS, FORBID_ATTR: ['style', 'srcset', 'src', 'href', 'action', 'formaction', 'background', 'poster'] })
    // The serializer hands back the article's element itself: no HTML string to serialise and parse again.
    const article = new Readability<Node>(document.cloneNode(true) as Document, { charThreshold: 200, serializer: (node) => node }).parse()
    const extracted = article?.content ? paragraphsOf(article.content) : []
    const paragraphs = extracted.length > 0 ? extracted : paragraphsOf(document.body)
    const title = metadata.title ?? article?.title?.trim() ?? ''
    if (title && paragraphs[0]?.trim() !== title.trim()) paragraphs.unshift(title)
    const text = paragraphs.join('\n\n')
    const fromLines = metadataFromLeadingLines(text, origin)
    const author = metadata.author ?? fromLines.author ?? (article?.byline?.replace(/^by\s+/i, '').trim().slice(0, 500) || undefined)
    return {
      origin,
      metadata: {
        ...fromLines,
        ...metadata,
        ...(author ? { author } : {}),
        ...(metadata.source || fromLines.source ? {} : article?.siteName ? { source: article.siteName.slice(0, 500) } : {}),
        language: metadata.language || detectLanguage(text)
      },
      text,
      offsetUnit: 'utf16' as const,
      annotations: []
    }
  } finally {
    dom.window.close()
  }
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), when it is one import reads. */
function declaredCharset(bytes: Uint8Array): TextEncoding | undefined {
  const name = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(headText(bytes, 4096))?.[1]?.toLowerCase()
  const aliases: Record<string, TextEncoding> = { utf8: 'utf-8', 'cp1256': 'windows-1256', 'cp1252': 'windows-1252', latin1: 'iso-8859-1' }
  const encoding = name ? (aliases[name] ?? name) : undefined
  if (!encoding || !(TEXT_ENCODINGS as readonly string[]).includes(encoding)) return undefined
  // A page saved as UTF-8 keeps a stale declaration more often than not: valid UTF-8 wins.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return undefined
  } catch {
    return encoding as TextEncoding
  }
}
