import { attributeOf, type PageDocument, type PageElement, type PageNode } from './html-page'
import { pageTree, paragraphsOf, SKIPPED } from './html-text'

// Readability's own patterns for class names and ids of page furniture (Readability.js, Apache-2.0).
const UNLIKELY_CANDIDATES = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog'])
const FURNITURE_TAGS = new Set(['HEAD', 'TITLE', 'NAV', 'ASIDE', 'FOOTER', 'DIALOG'])
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i

/**
 * The text of a page too large or too deep for Readability, in time linear in the page: the main
 * content element (`<main>`, `role=main` or `<article>`) when it holds at least a third of the page's
 * text, else the body; navigation, asides, footers, hidden elements and what Readability's own patterns
 * call page furniture (menus, comments, share bars, ads) are left out. The whole body when that leaves nothing.
 */
export function largePageParagraphs(document: PageDocument): string[] {
  const html = document.childNodes.find((node): node is PageElement => 'tagName' in node)
  const body = html?.childNodes.find((node): node is PageElement => 'tagName' in node && node.tagName === 'body')
  if (!body) return []
  const root = mainContentOf(body)
  const paragraphs = paragraphsOf<PageNode>(root, pageTree, (node) => node !== root && isFurniture(node as PageElement))
  return paragraphs.length > 0 ? paragraphs : paragraphsOf<PageNode>(body, pageTree)
}

function isFurniture(element: PageElement): boolean {
  const tag = element.tagName.toUpperCase()
  if (FURNITURE_TAGS.has(tag)) return true
  if (attributeOf(element, 'hidden') !== null || attributeOf(element, 'aria-hidden') === 'true') return true
  if (HIDDEN_STYLE.test(attributeOf(element, 'style') ?? '')) return true
  if (UNLIKELY_ROLES.has(attributeOf(element, 'role') ?? '')) return true
  if (tag === 'A' || tag === 'BODY') return false
  const names = `${attributeOf(element, 'class') ?? ''} ${attributeOf(element, 'id') ?? ''}`
  return UNLIKELY_CANDIDATES.test(names) && !MAYBE_CANDIDATE.test(names)
}

function isMainCandidate(element: PageElement): boolean {
  return element.tagName === 'main' || element.tagName === 'article' || attributeOf(element, 'role') === 'main'
}

interface Frame {
  element: PageElement
  next: number
  text: number
}

/**
 * The main content element holding the most text, if it holds at least a third of the body's text, else the body.
 * Text is counted once, bottom up (each element's count added to its parent's), so nested candidates cost nothing more.
 */
function mainContentOf(body: PageElement): PageElement {
  let best: { element: PageElement; text: number } | undefined
  const stack: Frame[] = [{ element: body, next: 0, text: 0 }]
  let bodyText = 0
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    const child = frame.element.childNodes[frame.next++]
    if (child) {
      if (child.nodeName === '#text') frame.text += (child as { value: string }).value.trim().length
      else if ('tagName' in child && !SKIPPED.has(child.tagName.toUpperCase()) && !isFurniture(child)) stack.push({ element: child, next: 0, text: 0 })
      continue
    }
    stack.pop()
    const parent = stack[stack.length - 1]
    if (parent) parent.text += frame.text
    else bodyText = frame.text
    if (isMainCandidate(frame.element) && frame.text > (best?.text ?? 0)) best = { element: frame.element, text: frame.text }
  }
  return best && best.text * 3 >= bodyText ? best.element : body
}
