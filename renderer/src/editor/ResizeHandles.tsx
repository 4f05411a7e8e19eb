import { useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react'
import type { Edge, Span } from '@core/shared/text/snap'
import { useT } from '../i18n/I18nProvider'
import type { ChunkedReader } from './chunked-reader'
import { caretBoxAt, offsetAtPoint } from './reader-geometry'
import { dragEdge } from './selection-snapping'

interface ResizeHandlesProps {
  reader: RefObject<ChunkedReader | null>
  /** The positioned element the handles are drawn in (the article). */
  layer: RefObject<HTMLElement | null>
  text: string
  /** The selected annotation's id and span (null: no handles). */
  annotation: { id: string; start: number; end: number } | null
  /** Changes whenever the drawing may have moved (highlights redrawn). */
  layoutKey: unknown
  onResize(annotationId: string, span: Span): void
}

/**
 * Drag handles at both ends of the selected highlight (mouse only: the keyboard has Shift+←/→ and
 * Alt+Shift+←/→). A handle follows the pointer word by word and the resize is sent when it is let go.
 */
export function ResizeHandles({ reader, layer, text, annotation, layoutKey, onResize }: ResizeHandlesProps) {
  const { t } = useT()
  const [preview, setPreview] = useState<Span | null>(null)
  const dragging = useRef<Edge | null>(null)
  const handles = useRef<Record<Edge, HTMLDivElement | null>>({ start: null, end: null })
  const start = preview?.start ?? annotation?.start
  const end = preview?.end ?? annotation?.end

  // Placed after the reader has drawn (its layout effects run first), straight on the elements.
  useEffect(() => {
    const chunked = reader.current
    // Measured only when there are handles to place: measuring lays the page out at once, and with no highlight
    // selected (a document just opened, each new slice of its annotations) that layout would land in this task.
    let origin: DOMRect | undefined
    for (const edge of ['start', 'end'] as const) {
      const element = handles.current[edge]
      if (!element) continue
      origin ??= layer.current?.getBoundingClientRect()
      const box = chunked && origin && start !== undefined && end !== undefined ? caretBoxAt(chunked, edge === 'start' ? start : end, edge) : null
      element.hidden = box === null
      if (!box || !origin) continue
      element.style.left = `${box.left - origin.left}px`
      element.style.top = `${box.top - origin.top}px`
      element.style.height = `${box.height}px`
    }
  }, [reader, layer, start, end, layoutKey])

  if (!annotation) return null

  function spanAt(edge: Edge, event: PointerEvent<HTMLDivElement>): Span | null {
    const chunked = reader.current
    if (!chunked || !annotation) return null
    // The handle is under the pointer: look through it at the text.
    const element = event.currentTarget
    element.style.visibility = 'hidden'
    const offset = offsetAtPoint(chunked, event.clientX, event.clientY)
    element.style.visibility = ''
    return offset === null ? null : dragEdge(text, annotation, edge, offset)
  }

  const handle = (edge: Edge) => (
    <div
      key={edge}
      ref={(element) => {
        handles.current[edge] = element
      }}
      className="resize-handle"
      data-edge={edge}
      aria-hidden="true"
      hidden
      title={t(edge === 'start' ? 'editor.resize.start' : 'editor.resize.end')}
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => event.stopPropagation()}
      onPointerDown={(event) => {
        event.preventDefault()
        event.stopPropagation()
        event.currentTarget.setPointerCapture(event.pointerId)
        dragging.current = edge
      }}
      onPointerMove={(event) => {
        if (dragging.current !== edge) return
        const span = spanAt(edge, event)
        if (span) setPreview(span)
      }}
      onPointerUp={(event) => {
        if (dragging.current !== edge) return
        dragging.current = null
        const span = spanAt(edge, event) ?? preview
        setPreview(null)
        if (span && (span.start !== annotation.start || span.end !== annotation.end)) onResize(annotation.id, span)
      }}
      onPointerCancel={() => {
        dragging.current = null
        setPreview(null)
      }}
    />
  )
  return (
    <>
      {handle('start')}
      {handle('end')}
    </>
  )
}
