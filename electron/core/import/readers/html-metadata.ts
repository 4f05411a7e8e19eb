import type { DocumentMetadata } from '../../model/document'
import { normalizeDate } from '../metadata/dateline'
import { normalizeLanguageTag } from '../metadata/language'

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|OpinionNewsArticle|Report)$/

/**
 * What a saved page says about its article: meta tags (Open Graph, article:*, Dublin Core, plain
 * `author`/`date`), JSON-LD (`NewsArticle` and kin, also inside `@graph`), `<link rel=canonical>` and
 * `<html lang>`. Read from the parsed, never-executed DOM before sanitising removes the JSON-LD scripts.
 */
export function metadataFromPage(document: Document): Partial<DocumentMetadata> {
  const meta = (...keys: string[]): string => {
    for (const key of keys) {
      const element = document.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`)
      const value = element?.getAttribute('content')?.trim()
      if (value) return value
    }
    return ''
  }
  const ld = jsonLdArticle(document)
  const found: Partial<DocumentMetadata> = {}
  const title = meta('og:title', 'twitter:title', 'dc.title', 'citation_title') || ld.headline || document.title.trim()
  if (title) found.title = title.slice(0, 1_000)
  const outlet = meta('og:site_name', 'application-name', 'publisher', 'dc.publisher') || ld.publisher
  if (outlet) found.source = outlet.slice(0, 500)
  const author = ld.author || [meta('author', 'article:author', 'dc.creator', 'byl', 'citation_author')].find((a) => a && !/^https?:/i.test(a)) || ''
  if (author) found.author = author.replace(/^by\s+/i, '').slice(0, 500)
  const dateText = meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'citation_publication_date') || ld.datePublished || (document.querySelector('time[datetime]')?.getAttribute('datetime') ?? '')
  const date = dateText ? normalizeDate(dateText) : null
  if (date) found.date = date
  const url = [document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? '', meta('og:url'), ld.url].find((u) => /^https?:\/\/[^\s]+$/i.test(u.trim()))
  if (url) found.url = url.trim().slice(0, 4_000)
  const language = normalizeLanguageTag(document.documentElement.getAttribute('lang')) || normalizeLanguageTag(ld.inLanguage) || normalizeLanguageTag(meta('og:locale', 'language', 'dc.language'))
  if (language) found.language = language
  return found
}

interface LdArticle {
  headline: string
  publisher: string
  author: string
  datePublished: string
  url: string
  inLanguage: string
}

function jsonLdArticle(document: Document): LdArticle {
  const result: LdArticle = { headline: '', publisher: '', author: '', datePublished: '', url: '', inLanguage: '' }
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    const article = candidates(data).find((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type)))
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

function candidates(data: unknown): LdNode[] {
  if (Array.isArray(data)) return data.flatMap(candidates)
  if (!data || typeof data !== 'object') return []
  const node = data as LdNode
  return [node, ...candidates(node['@graph'])]
}

function typesOf(node: LdNode): string[] {
  const type = node['@type']
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string')
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

function nameOf(value: unknown, key = 'name'): string {
  if (typeof value === 'string') return value.trim()
  if (Array.isArray(value)) return value.map((v) => nameOf(v, key)).filter(Boolean).join(', ')
  if (value && typeof value === 'object') return text((value as LdNode)[key])
  return ''
}
