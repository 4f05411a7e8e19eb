/**
 * The bare comparison page: the same article as plain `<p>` text (the floor), or annotated by
 * @recogito/text-annotator 4.1.1 with the same spans. Offsets here count the paragraphs' text only
 * (no separators), as text-annotator does; the bench converts them.
 */
import { createTextAnnotator, type TextAnnotator } from '@recogito/text-annotator'
import '@recogito/text-annotator/text-annotator.css'
import { measure, type Measurement } from './measure'

interface PeerSpan {
  start: number
  end: number
}

let annotator: TextAnnotator | null = null
let nextId = 0

function pane(): HTMLElement {
  const element = document.getElementById('pane')
  if (!element) throw new Error('No pane')
  return element
}

function reset(): HTMLElement {
  annotator?.destroy()
  annotator = null
  const old = document.getElementById('article')
  const article = document.createElement('article')
  article.id = 'article'
  if (old) old.replaceWith(article)
  else pane().append(article)
  pane().scrollTop = 0
  return article
}

function fill(article: HTMLElement, paragraphs: readonly string[]): void {
  const fragment = document.createDocumentFragment()
  for (const paragraph of paragraphs) {
    const p = document.createElement('p')
    p.textContent = paragraph
    fragment.append(p)
  }
  article.append(fragment)
}

function toAnnotation(span: PeerSpan, text: string) {
  const id = `a${nextId++}`
  return { id, bodies: [], target: { annotation: id, selector: [{ quote: text.slice(span.start, span.end), start: span.start, end: span.end }] } }
}

function highlightCount(): number {
  return document.querySelector('.r6o-span-highlight-layer')?.childElementCount ?? 0
}

const bench = {
  openFloor(paragraphs: string[]): Promise<Measurement> {
    const article = reset()
    return measure(document.body, () => fill(article, paragraphs), () => true)
  },

  openAnnotator(paragraphs: string[], spans: PeerSpan[]): Promise<Measurement> {
    const article = reset()
    const flat = paragraphs.join('')
    const annotations = spans.map((span) => toAnnotation(span, flat))
    return measure(
      document.body,
      () => {
        fill(article, paragraphs)
        annotator = createTextAnnotator(article)
        annotator.setAnnotations(annotations as never)
      },
      () => highlightCount() > 0
    )
  },

  tagAnnotator(start: number, end: number): Promise<Measurement> {
    const article = document.getElementById('article')
    if (!article || !annotator) throw new Error('Open with the annotator first')
    const annotation = toAnnotation({ start, end }, article.textContent ?? '')
    const count = highlightCount()
    const current = annotator
    return measure(document.body, () => current.addAnnotation(annotation as never), () => highlightCount() > count)
  }
}

export type PeerBench = typeof bench

declare global {
  interface Window {
    peerBench: typeof bench
  }
}
window.peerBench = bench
