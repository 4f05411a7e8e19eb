import { useCallback, useEffect, useRef, type RefObject } from 'react'
import type { ReaderHandle } from '../editor/Reader'
import { targetAnnotationId, type LocatedAnnotation as Located, type SpanTarget } from './span-target'

interface OpenAtSpanDeps {
  /** The document the reader shows now (null while none is open). */
  document: { id: string; annotations: readonly Located[] } | null
  /** True while the document's annotations still arrive in slices (the one wanted may be in a later slice). */
  loading?: boolean
  openDocument(documentId: string): void
  selectAnnotation(annotationId: string): void
  reader: RefObject<ReaderHandle | null>
  showReader(): void
}

/**
 * Opens an article from a corpus view at one annotation: switches to the Reader, opens the article
 * unless it is already open, then selects the annotation and scrolls to it once the article is drawn
 * (at its offset if it is gone). Focus moves to the reader so a keyboard user carries on from the span.
 */
export function useOpenAtSpan({ document, loading = false, openDocument, selectAnnotation, reader, showReader }: OpenAtSpanDeps): (target: SpanTarget) => void {
  const waiting = useRef<SpanTarget | null>(null)

  const show = useCallback(
    (target: SpanTarget, annotations: readonly Located[]) => {
      const id = targetAnnotationId(target, annotations)
      if (id !== null) selectAnnotation(id)
      // After the commit that mounts the reader.
      requestAnimationFrame(() => {
        if (id !== null) reader.current?.scrollToAnnotation(id)
        else reader.current?.scrollToOffset(target.start)
        window.document.querySelector<HTMLElement>('.reader-pane')?.focus({ preventScroll: true })
      })
    },
    [reader, selectAnnotation]
  )

  const openAt = useCallback(
    (target: SpanTarget) => {
      showReader()
      if (document?.id === target.documentId) {
        waiting.current = null
        show(target, document.annotations)
      } else {
        waiting.current = target
        openDocument(target.documentId)
      }
    },
    [document, openDocument, show, showReader]
  )

  useEffect(() => {
    const target = waiting.current
    if (!target || document?.id !== target.documentId) return
    if (loading && targetAnnotationId(target, document.annotations) === null) return
    waiting.current = null
    show(target, document.annotations)
  }, [document, loading, show])

  return openAt
}
