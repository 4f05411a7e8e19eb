import { Readability } from '@mozilla/readability'
import createDOMPurify from 'dompurify'
import { JSDOM, VirtualConsole } from 'jsdom'
import { domTree, paragraphsOf } from './html-text'

/** Elements that carry no article text and could carry active content: removed before Readability sees the page. */
const FORBIDDEN_TAGS = ['style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'link', 'meta', 'base', 'img', 'picture', 'source', 'video', 'audio', 'canvas']

/** The article Readability finds in a page, as paragraphs, with what it says about the page. */
export interface ReadableArticle {
  paragraphs: string[]
  title?: string
  byline?: string
  siteName?: string
}

/**
 * The article extracted with Readability on a jsdom DOM (no scripts run, no resource loaded, no
 * network), sanitised first with DOMPurify on that DOM; the whole body when Readability finds nothing.
 * jsdom and Readability cost more than linear time in the page's depth and size: callers bound both first.
 */
export function readableArticle(html: string): ReadableArticle {
  // jsdom's defaults are what safety needs: scripts are not run and no subresource is fetched.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), contentType: 'text/html' })
  try {
    const { document } = dom.window
    const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0])
    for (const element of Array.from(document.head.children)) if (element.tagName !== 'TITLE') element.remove()
    purify.sanitize(document.body, { IN_PLACE: true, FORBID_TAGS: FORBIDDEN_TAGS, FORBID_ATTR: ['style', 'srcset', 'src', 'href', 'action', 'formaction', 'background', 'poster'] })
    // The serializer hands back the article's element itself: no HTML string to serialise and parse again.
    const article = new Readability<Node>(document.cloneNode(true) as Document, { charThreshold: 200, serializer: (node) => node }).parse()
    const extracted = article?.content ? paragraphsOf(article.content, domTree) : []
    return {
      paragraphs: extracted.length > 0 ? extracted : paragraphsOf<Node>(document.body, domTree),
      title: article?.title ?? undefined,
      byline: article?.byline ?? undefined,
      siteName: article?.siteName ?? undefined
    }
  } finally {
    dom.window.close()
  }
}
