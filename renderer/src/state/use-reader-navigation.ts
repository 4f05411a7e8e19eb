import { useCallback, useEffect, useRef, type RefObject } from 'react'
import type { DocumentSummary } from '@core/model/document'
import { resizeByWord, type Span } from '@core/text/snap'
import type { ApiClient } from '../api/client'
import type { ReaderHandle } from '../editor/Reader'
import type { ShownDocument } from '../store/pending-annotations'
import { useReaderKeys } from './use-reader-keys'

interface ReaderNavigationOptions {
  client: ApiClient
  document: ShownDocument | null
  /** The documents in the order the list shows them. */
  documents: readonly DocumentSummary[]
  selectedAnnotationId: string | null
  selectAnnotation(id: string | null): void
  openDocument(id: string): void
  /** Brings the reader back if a corpus view covers it. */
  showReader?(): void
  reader: RefObject<ReaderHandle | null>
  onError(error: unknown): void
}

/**
 * J/K between annotations (focus moves to the highlight), Alt+↑/↓ between documents, and resizing the
 * selected annotation by a word (keys) or to a dragged span (handles). Each resize is one core command,
 * so one undo step; resizes run one after another, each from the span the previous one left.
 */
export function useReaderNavigation(options: ReaderNavigationOptions): (annotationId: string, span: Span) => void {
  const { client, document, documents, selectedAnnotationId, selectAnnotation, openDocument, showReader, reader, onError } = options
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  /** The span the last resize asked for, so quick presses compose before the store answers. */
  const lastAsked = useRef<{ id: string; span: Span } | null>(null)
  const running = useRef(0)
  const documentId = document?.id ?? null

  const resize = useCallback(
    (annotationId: string, span: Span) => {
      if (!documentId) return
      lastAsked.current = { id: annotationId, span }
      running.current += 1
      queue.current = queue.current
        .then(() => client.call('annotations.resize', { documentId, annotationId, ...span }))
        // The stored span arrives as a document.changed event, which patches the open document.
        .then(undefined, (error: unknown) => {
          lastAsked.current = null
          onError(error)
        })
        .finally(() => (running.current -= 1))
    },
    [client, documentId, onError]
  )

  const selected = document?.annotations.find((a) => a.id === selectedAnnotationId) ?? null
  // Once the screen shows the store's span again (the resize arrived, or an undo moved it), it is the truth.
  useEffect(() => {
    if (running.current === 0) lastAsked.current = null
  }, [selected?.id, selected?.start, selected?.end])

  useReaderKeys({
    moveToAnnotation(step) {
      const annotations = (document?.annotations ?? []).filter((a) => !a.pending)
      if (annotations.length === 0) return
      const at = annotations.findIndex((a) => a.id === selectedAnnotationId)
      const target = at < 0 ? annotations[step > 0 ? 0 : annotations.length - 1] : annotations[Math.min(Math.max(at + step, 0), annotations.length - 1)]
      if (!target) return
      showReader?.()
      selectAnnotation(target.id)
      reader.current?.focusAnnotation(target.id)
    },
    moveToDocument(step) {
      const at = documents.findIndex((d) => d.id === documentId)
      const target = documents[at + step]
      if (target) openDocument(target.id)
    },
    resizeSelected(edge, direction) {
      if (!document || !selected || selected.pending) return false
      const asked = lastAsked.current
      const from = asked && asked.id === selected.id ? asked.span : selected
      const span = resizeByWord(document.text, from, edge, direction)
      if (span) resize(selected.id, span)
      return true
    },
    selectedIsRightToLeft() {
      if (!selectedAnnotationId) return false
      const mark = window.document.querySelector(`mark[data-annotation-id="${CSS.escape(selectedAnnotationId)}"]`)
      return mark ? getComputedStyle(mark).direction === 'rtl' : false
    }
  })

  return resize
}
