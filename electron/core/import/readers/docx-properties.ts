import type { DocumentMetadata } from '../../shared/model/document'
import { normalizeLanguageTag } from '../metadata/language'

/** `docProps/core.xml`: dc:title, dc:creator and dc:language, when the author set them. */
export function coreProperties(xml: string): Partial<DocumentMetadata> {
  const field = (tag: string): string => decodeXml(elementText(xml, tag) ?? '').trim()
  const found: Partial<DocumentMetadata> = {}
  const title = field('dc:title')
  if (title) found.title = title.slice(0, 1_000)
  const author = field('dc:creator')
  if (author) found.author = author.slice(0, 500)
  const language = normalizeLanguageTag(field('dc:language'))
  if (language) found.language = language
  return found
}

/**
 * The text of the first `<tag ...>text</tag>` whose text holds no `<`: what
 * `new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(xml)?.[1]` finds, in one pass. That pattern
 * retries from every `<tag` and rescans to the next `>` and `<` each time, which is quadratic on a
 * core.xml full of `<tag` openings; here the next `>` and `<` are found once and reused, as they
 * only move forward.
 */
export function elementText(xml: string, tag: string): string | undefined {
  const open = `<${tag}`
  const close = `</${tag}>`
  let nextGreater = -1
  let nextLess = -1
  for (let start = xml.indexOf(open); start !== -1; start = xml.indexOf(open, start + 1)) {
    if (nextGreater < start + open.length) nextGreater = xml.indexOf('>', start + open.length)
    if (nextGreater === -1) return undefined
    if (nextLess <= nextGreater) nextLess = xml.indexOf('<', nextGreater + 1)
    if (nextLess === -1) return undefined
    if (xml.startsWith(close, nextLess)) return xml.slice(nextGreater + 1, nextLess)
  }
  return undefined
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '')
}
