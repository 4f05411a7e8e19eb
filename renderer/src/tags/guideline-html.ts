import DOMPurify from 'dompurify'
import { marked } from 'marked'

/** Inert formatting only: no links, images or headings (a guideline sits inside panels with their own headings). */
const ALLOWED_TAGS = ['p', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'br', 'del', 'hr']

/**
 * A guideline's Markdown as safe HTML: marked turns it into HTML, DOMPurify (on the renderer's real DOM)
 * keeps only inert formatting, and links open nowhere (the app never navigates).
 */
export function guidelineHtml(markdown: string): string {
  const raw = marked.parse(markdown, { async: false, gfm: true, breaks: true })
  return DOMPurify.sanitize(raw, { ALLOWED_TAGS, ALLOWED_ATTR: [] })
}
