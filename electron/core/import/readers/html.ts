import { said, type Said } from '../../shared/i18n/said'
import { TEXT_ENCODINGS, type TextEncoding } from '../decode'
import { detectLanguage } from '../metadata/language'
import { metadataFromLeadingLines } from '../metadata/leading-lines'
import { extensionOf, headText, type ImportReader } from '../reader'
import { decodeForReader } from './decode-for-reader'
import { largePageParagraphs } from './html-large-page'
import { metadataFromPage } from './html-metadata'
import { parsePage, type PageShape } from './html-page'
import type { ReadableArticle } from './html-readability'

/**
 * The pages Readability (on jsdom) reads in a few seconds at most. Its cost grows with the elements and,
 * as it and jsdom walk each element's subtree, with how deep the elements and the text lie; measured on
 * 2 loaded cores: 2,990 paragraphs 2.3 s of CPU, the same 64 levels deep 11 s, 1 MB of text 64 levels deep
 * 24 s (and 20,000 levels overflowed jsdom's stack); at these limits, 1.7–3.2 s. Of the 130 real pages
 * of Readability's own test suite all but two (4,285 and 9,887 elements) stay within: the deepest has
 * 38 levels, the others at most 50,546 element levels and 4.5 million text levels. Larger pages are read
 * from parse5's tree, in linear time (largePageParagraphs).
 */
export const READABILITY_LIMITS: PageShape = { elements: 3_000, depth: 64, elementLevels: 60_000, textLevels: 6_000_000 }

/**
 * A saved web page, stored as plain text paragraphs: parsed once with parse5 (bounded in elements and
 * depth, see PAGE_LIMITS), the article extracted with Readability where the page is small enough, else
 * read from the tree without boilerplate. Title, outlet, author, date, canonical URL and language from
 * the page's metadata.
 */
export const htmlReader: ImportReader = {
  format: 'html',
  canRead: (name, bytes) => ['html', 'htm', 'xhtml'].includes(extensionOf(name)) || /^\s*(<!doctype html|<html[\s>])/i.test(headText(bytes, 512)),
  read: async (name, bytes, options) => {
    const declared = options.encoding ?? declaredCharset(bytes)
    const html = decodeForReader(name, bytes, { ...options, encoding: declared })
    return [await readHtml(name, html, options.warn)]
  }
}

/** One page as a document; `readabilityLimits` chooses the pages Readability reads (tests pass zeros to read any page the large-page way). */
export async function readHtml(origin: string, html: string, warn: (message: Said) => void = () => {}, readabilityLimits = READABILITY_LIMITS) {
  const page = parsePage(origin, html)
  const metadata = metadataFromPage(page.document)
  const fits = (Object.keys(readabilityLimits) as Array<keyof PageShape>).every((measure) => page[measure] <= readabilityLimits[measure])
  let article: ReadableArticle
  if (fits) {
    // jsdom, Readability and DOMPurify load with the first page that needs them, not with the import worker.
    const { readableArticle } = await import('./html-readability')
    article = readableArticle(html)
  } else {
    article = { paragraphs: largePageParagraphs(page.document) }
    warn(said('readers.html.tooLargeForArticle', { file: origin, elements: page.elements, depth: page.depth }))
  }
  const paragraphs = article.paragraphs
  const title = metadata.title ?? article.title?.trim() ?? ''
  if (title && paragraphs[0]?.trim() !== title.trim()) paragraphs.unshift(title)
  const text = paragraphs.join('\n\n')
  const fromLines = metadataFromLeadingLines(text, origin)
  const author = metadata.author ?? fromLines.author ?? (article.byline?.replace(/^by\s+/i, '').trim().slice(0, 500) || undefined)
  return {
    origin,
    metadata: {
      ...fromLines,
      ...metadata,
      ...(author ? { author } : {}),
      ...(metadata.source || fromLines.source ? {} : article.siteName ? { source: article.siteName.slice(0, 500) } : {}),
      language: metadata.language || detectLanguage(text)
    },
    text,
    offsetUnit: 'utf16' as const,
    annotations: []
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
