import { useMemo } from 'react'
import DOMPurify from 'dompurify'
import { marked } from 'marked'

/**
 * A tag's or attribute's guideline, Markdown rendered safely: marked turns it into HTML, DOMPurify (on
 * the renderer's real DOM) keeps only inert formatting, and links open nowhere (the app never navigates).
 */
export function Guideline({ text, id, className }: { text: string | undefined; id?: string; className?: string }) {
  const html = useMemo(() => (text?.trim() ? guidelineHtml(text) : ''), [text])
  if (!html) return null
  return <div id={id} className={`guideline ${className ?? ''}`} dir="auto" dangerouslySetInnerHTML={{ __html: html }} />
}

/** Inert formatting only: no links, images or headings (a guideline sits inside panels with their own headings). */
const ALLOWED_TAGS = ['p', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'br', 'del', 'hr']

export function guidelineHtml(markdown: string): string {
  const raw = marked.parse(markdown, { async: false, gfm: true, breaks: true })
  return DOMPurify.sanitize(raw, { ALLOWED_TAGS, ALLOWED_ATTR: [] })
}
