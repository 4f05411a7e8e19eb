import type { DocumentMetadata } from '../../shared/model/document'
import { normalizeDate } from '../metadata/dateline'
import { normalizeLanguageTag } from '../metadata/language'
import { attributeOf, elementsOf, textContentOf, type PageDocument, type PageElement } from './html-page'

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|OpinionNewsArticle|Report)$/
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'

/**
 * What a saved page says about its article: meta tags (Open Graph, article:*, Dublin Core, plain
 * `author`/`date`), JSON-LD (`NewsArticle` and kin, also inside `@graph`), `<link rel=canonical>` and
 * `<html lang>`. Read from the parsed, never-executed tree, in one pass over its elements.
 */
export function metadataFromPage(document: PageDocument): Partial<DocumentMetadata> {
  const page = pageTags(document)
  const meta = (...keys: string[]): string => {
    for (const key of keys) {
      const value = page.metas.get(asciiLowerCase(key))?.trim()
      if (value) return value
    }
    return ''
  }
  const ld = jsonLdArticle(page.jsonLd)
  const found: Partial<DocumentMetadata> = {}
  const title = meta('og:title', 'twitter:title', 'dc.title', 'citation_title') || ld.headline || page.title.trim()
  if (title) found.title = title.slice(0, 1_000)
  const outlet = meta('og:site_name', 'application-name', 'publisher', 'dc.publisher') || ld.publisher
  if (outlet) found.source = outlet.slice(0, 500)
  const author = ld.author || [meta('author', 'article:author', 'dc.creator', 'byl', 'citation_author')].find((a) => a && !/^https?:/i.test(a)) || ''
  if (author) found.author = author.replace(/^by\s+/i, '').slice(0, 500)
  const dateText = meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'citation_publication_date') || ld.datePublished || page.timeDatetime
  const date = dateText ? normalizeDate(dateText) : null
  if (date) found.date = date
  const url = [page.canonical, meta('og:url'), ld.url].find((u) => /^https?:\/\/[^\s]+$/i.test(u.trim()))
  if (url) found.url = url.trim().slice(0, 4_000)
  const language = normalizeLanguageTag(page.lang) || normalizeLanguageTag(ld.inLanguage) || normalizeLanguageTag(meta('og:locale', 'language', 'dc.language'))
  if (language) found.language = language
  return found
}

/** The elements metadata comes from, each as a CSS selector on the page would find it first. */
interface PageTags {
  /** `meta[property|name|itemprop="key" i]`: the content of the first such element per key (lower case). */
  metas: Map<string, string>
  /** `document.title`: the first HTML `<title>`'s own text, ASCII white space stripped and collapsed. */
  title: string
  /** `link[rel~="canonical" i]`'s href. */
  canonical: string
  /** `time[datetime]`'s datetime. */
  timeDatetime: string
  /** The text of each `script[type="application/ld+json" i]`. */
  jsonLd: string[]
  /** `<html lang>`. */
  lang: string | null
}

function pageTags(document: PageDocument): PageTags {
  const tags: PageTags = { metas: new Map(), title: '', canonical: '', timeDatetime: '', jsonLd: [], lang: null }
  let title: PageElement | undefined
  let canonical: PageElement | undefined
  let time: PageElement | undefined
  const root = document.childNodes.find((node): node is PageElement => 'tagName' in node)
  tags.lang = root ? attributeOf(root, 'lang') : null
  for (const element of elementsOf(document)) {
    switch (element.tagName) {
      case 'meta':
        for (const name of ['property', 'name', 'itemprop']) {
          const key = attributeOf(element, name)
          if (key === null) continue
          const lower = asciiLowerCase(key)
          if (!tags.metas.has(lower)) tags.metas.set(lower, attributeOf(element, 'content') ?? '')
        }
        break
      case 'title':
        if (!title && element.namespaceURI === HTML_NAMESPACE) title = element
        break
      case 'link':
        if (!canonical && (attributeOf(element, 'rel') ?? '').split(/[ \t\n\r\f]/).some((token) => asciiLowerCase(token) === 'canonical')) canonical = element
        break
      case 'time':
        if (!time && attributeOf(element, 'datetime') !== null) time = element
        break
      case 'script':
        if (asciiLowerCase(attributeOf(element, 'type') ?? '') === 'application/ld+json') tags.jsonLd.push(textContentOf(element))
        break
    }
  }
  if (title) tags.title = stripAndCollapseAsciiWhitespace(title.childNodes.map((child) => ('value' in child ? child.value : '')).join(''))
  tags.canonical = canonical ? (attributeOf(canonical, 'href') ?? '') : ''
  tags.timeDatetime = time ? (attributeOf(time, 'datetime') ?? '') : ''
  return tags
}

function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase())
}

function stripAndCollapseAsciiWhitespace(text: string): string {
  const collapsed = text.replace(/[ \t\n\r\f]+/g, ' ')
  return collapsed.slice(collapsed.startsWith(' ') ? 1 : 0, collapsed.endsWith(' ') ? -1 : undefined)
}

interface LdArticle {
  headline: string
  publisher: string
  author: string
  datePublished: string
  url: string
  inLanguage: string
}

function jsonLdArticle(scripts: string[]): LdArticle {
  const result: LdArticle = { headline: '', publisher: '', author: '', datePublished: '', url: '', inLanguage: '' }
  for (const script of scripts) {
    let data: unknown
    try {
      data = JSON.parse(script)
    } catch {
      continue
    }
    const article = firstArticle(data)
    if (!article) continue
    result.headline ||= text(article.headline) || text(article.name)
    result.publisher ||= nameOf(article.publisher)
    result.author ||= nameOf(article.author)
    result.datePublished ||= text(article.datePublished) || text(article.dateCreated)
    result.url ||= text(article.url) || (typeof article.mainEntityOfPage === 'string' ? article.mainEntityOfPage : nameOf(article.mainEntityOfPage, '@id'))
    result.inLanguage ||= text(article.inLanguage)
  }
  return result
}

type LdNode = Record<string, unknown>

/** The first object, in document order, typed as an article: in the data itself, in arrays, in `@graph`, however deep. */
function firstArticle(data: unknown): LdNode | undefined {
  const stack: unknown[] = [data]
  while (stack.length > 0) {
    const value = stack.pop()
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i])
    } else if (value && typeof value === 'object') {
      const node = value as LdNode
      if (typesOf(node).some((type) => ARTICLE_TYPES.test(type))) return node
      stack.push(node['@graph'])
    }
  }
  return undefined
}

function typesOf(node: LdNode): string[] {
  const type = node['@type']
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string')
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

/** A name, or the names of a list (of lists) joined by commas, read without recursion. */
function nameOf(value: unknown, key = 'name'): string {
  const names: string[] = []
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const item = stack.pop()
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i])
      continue
    }
    const name = typeof item === 'string' ? item.trim() : item && typeof item === 'object' ? text((item as LdNode)[key]) : ''
    if (name) names.push(name)
  }
  return names.join(', ')
}
