import { useEffect, useImperativeHandle, useLayoutEffect, useRef, type MouseEvent, type Ref } from 'react'
import type { DocumentMetadata } from '@core/model/document'
import { ChunkedReader } from '../editor/chunked-reader'
import { highlightIdsAt } from '../editor/dom-selection'
import type { ReaderHighlight } from '../editor/highlight-index'
import { formatDate } from '../format/date'

export interface ReaderHandle {
  /** The span the user has selected in the text (UTF-16 offsets into the whole text), if any. */
  selectedSpan(): { start: number; end: number } | null
  clearTextSelection(): void
  scrollToAnnotation(annotationId: string): void
  /** Brings the text at a UTF-16 offset to the middle of the reader. */
  scrollToOffset(offset: number): void
}

interface ReaderProps {
  document: DocumentMetadata & { text: string; annotations: readonly ReaderHighlight[] }
  selectedAnnotationId: string | null
  onSelectAnnotation(annotationId: string | null): void
  handle: Ref<ReaderHandle>
}

/**
 * The article, read-only, annotations drawn over it as decorations. Only the paragraphs near the
 * viewport are drawn (see ChunkedReader); everything here speaks offsets into the whole text.
 */
export function Reader({ document, selectedAnnotationId, onSelectAnnotation, handle }: ReaderProps) {
  const textElement = useRef<HTMLDivElement>(null)
  const reader = useRef<ChunkedReader | null>(null)
  const drawn = useRef({ annotations: document.annotations, selectedAnnotationId })
  useEffect(() => {
    drawn.current = { annotations: document.annotations, selectedAnnotationId }
  })

  useLayoutEffect(() => {
    const container = textElement.current
    const scroller = container?.closest<HTMLElement>('.reader-pane') ?? container?.parentElement
    if (!container || !scroller) return
    const { annotations, selectedAnnotationId: selectedId } = drawn.current
    const chunked = new ChunkedReader({ text: document.text, container, scroller, highlights: annotations, selectedId })
    reader.current = chunked
    return () => {
      chunked.destroy()
      reader.current = null
    }
  }, [document.text])

  useLayoutEffect(() => {
    reader.current?.setHighlights(document.annotations, selectedAnnotationId)
  }, [document.annotations, selectedAnnotationId])

  useImperativeHandle(
    handle,
    () => ({
      selectedSpan: () => reader.current?.selectedSpan() ?? null,
      clearTextSelection: () => reader.current?.clearSelection(),
      scrollToAnnotation: (annotationId) => {
        const annotation = document.annotations.find((a) => a.id === annotationId)
        if (annotation) reader.current?.scrollToHighlight(annotation.id, annotation.start)
      },
      scrollToOffset: (offset) => reader.current?.scrollToOffset(offset)
    }),
    [document.annotations]
  )

  /** A click on stacked highlights selects the shortest span there; clicking again moves on to the next longer one. */
  function handleClick(event: MouseEvent) {
    if (!window.getSelection()?.isCollapsed) return
    const ids = highlightIdsAt(event.target)
    if (ids.length === 0) return onSelectAnnotation(null)
    const lengths = new Map(document.annotations.filter((a) => ids.includes(a.id)).map((a) => [a.id, a.end - a.start]))
    ids.sort((a, b) => (lengths.get(a) ?? 0) - (lengths.get(b) ?? 0))
    const current = selectedAnnotationId ? ids.indexOf(selectedAnnotationId) : -1
    onSelectAnnotation(ids[(current + 1) % ids.length] ?? null)
  }

  return (
    <article className="reader" onClick={handleClick}>
      <header className="reader-header">
        <p className="reader-meta">
          <span className="reader-source">{document.source || 'Unknown source'}</span>
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">, </span>
          <time dateTime={document.date ?? undefined}>{formatDate(document.date)}</time>
        </p>
      </header>
      <div ref={textElement} className="reader-text" role="article" aria-label={`Text of ${document.title}`} />
    </article>
  )
}
