import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type Ref } from 'react'
import type { Translator } from '@core/shared/i18n/translator'
import type { DocumentMetadata } from '@core/shared/model/document'
import type { TagDefinition } from '@core/shared/model/project'
import type { Span } from '@core/shared/text/snap'
import { ChunkedReader } from './chunked-reader'
import { highlightIdsAt } from './dom-selection'
import { FindHighlights } from './find-highlights'
import { focusHighlight, highlightNames } from './highlight-focus'
import type { ReaderHighlight } from './highlight-index'
import { offsetAtPoint } from './reader-geometry'
import { ReaderCaret } from './reader-caret'
import type { SnapMode } from './selection-snapping'
import { useT } from '../i18n/I18nProvider'
import { ResizeHandles } from './ResizeHandles'
import { userText } from '../i18n/user-text'

export interface ReaderHandle {
  /** The span the user has selected in the text (UTF-16 offsets into the whole text), snapped as they made it. */
  selectedSpan(): { start: number; end: number; snap: SnapMode } | null
  clearTextSelection(): void
  scrollToAnnotation(annotationId: string): void
  /** Scrolls to a highlight (mounting its chunk) and moves focus to it; it must be the selected one. */
  focusAnnotation(annotationId: string): void
  /** Brings the text at a UTF-16 offset to the middle of the reader. */
  scrollToOffset(offset: number): void
  /** Draws a highlight now, selected, without waiting for the next render (a pending span the user just made). */
  paintNow(annotation: ReaderHighlight & { quote: string }): void
}

type ReaderAnnotation = ReaderHighlight & { quote: string }

interface ReaderProps {
  document: DocumentMetadata & { text: string; annotations: readonly ReaderAnnotation[] }
  tags: readonly TagDefinition[]
  selectedAnnotationId: string | null
  onSelectAnnotation(annotationId: string | null): void
  onResize(annotationId: string, span: Span): void
  /** Find's matches in this document, drawn over the text, and the current one. */
  findMatches?: { matches: readonly Span[]; current: number | null }
  handle: Ref<ReaderHandle>
  /** True while the document's annotations are still arriving (announced as busy). */
  loading?: boolean
}

/**
 * The article, read-only, annotations drawn over it as decorations. Only the paragraphs near the
 * viewport are drawn (see ChunkedReader); everything here speaks offsets into the whole text.
 */
export function Reader({ document, tags, selectedAnnotationId, onSelectAnnotation, onResize, findMatches, handle, loading = false }: ReaderProps) {
  const translator = useT()
  const { t, date } = translator
  const articleElement = useRef<HTMLElement>(null)
  const textElement = useRef<HTMLDivElement>(null)
  const reader = useRef<ChunkedReader | null>(null)
  const caret = useRef<ReaderCaret | null>(null)
  const found = useRef<FindHighlights | null>(null)
  const focusWanted = useRef<string | null>(null)
  // Each named highlight is kept while its annotation object, tag label and language stay the same, so
  // the highlight index still sees unchanged annotations as the same objects (and skips them).
  const [named] = useState(() => new WeakMap<ReaderAnnotation, { tagLabel: string; translator: Translator; highlight: ReaderAnnotation }>())
  const highlights = useMemo(() => {
    const labels = new Map(tags.map((tag) => [tag.id, tag.label]))
    return document.annotations.map((annotation) => {
      const tagLabel = labels.get(annotation.tag) ?? annotation.tag
      const cached = named.get(annotation)
      if (cached && cached.tagLabel === tagLabel && cached.translator === translator) return cached.highlight
      const highlight = { ...annotation, ...highlightNames(translator, tagLabel, annotation) }
      named.set(annotation, { tagLabel, translator, highlight })
      return highlight
    })
  }, [document.annotations, tags, named, translator])
  const drawn = useRef({ highlights, selectedAnnotationId })
  useEffect(() => {
    drawn.current = { highlights, selectedAnnotationId }
  })

  useLayoutEffect(() => {
    const container = textElement.current
    const layer = articleElement.current
    const scroller = container?.closest<HTMLElement>('.reader-pane') ?? container?.parentElement
    if (!container || !scroller || !layer) return
    const { highlights: initial, selectedAnnotationId: selectedId } = drawn.current
    const chunked = new ChunkedReader({ text: document.text, container, scroller, highlights: initial, selectedId })
    const keyboard = new ReaderCaret({ reader: chunked, text: document.text, container, layer, initialOffset: () => firstVisibleOffset(chunked, container, scroller) })
    const finds = new FindHighlights(chunked, container)
    reader.current = chunked
    caret.current = keyboard
    found.current = finds
    return () => {
      finds.destroy()
      found.current = null
      keyboard.destroy()
      chunked.destroy()
      reader.current = null
      caret.current = null
    }
  }, [document.text])

  useLayoutEffect(() => {
    const container = textElement.current
    // A redrawn highlight (resized, retagged) is a new element: focus stays with the selected highlight.
    const focused = window.document.activeElement
    const hadFocus = focused instanceof HTMLElement && focused.matches('mark[data-annotation-id]') && container?.contains(focused)
    reader.current?.setHighlights(highlights, selectedAnnotationId)
    if (hadFocus && selectedAnnotationId && container && !container.contains(window.document.activeElement)) focusHighlight(container, selectedAnnotationId)
    const wanted = focusWanted.current
    if (wanted && wanted === selectedAnnotationId && textElement.current && focusHighlight(textElement.current, wanted)) focusWanted.current = null
  }, [highlights, selectedAnnotationId])

  useLayoutEffect(() => {
    found.current?.set(findMatches?.matches ?? [], findMatches?.current ?? null)
  }, [findMatches])

  useImperativeHandle(
    handle,
    () => ({
      selectedSpan: () => caret.current?.selectedSpan() ?? null,
      clearTextSelection: () => {
        caret.current?.clear()
        reader.current?.clearSelection()
      },
      scrollToAnnotation: (annotationId) => {
        const annotation = document.annotations.find((a) => a.id === annotationId)
        if (annotation) reader.current?.scrollToHighlight(annotation.id, annotation.start, annotation.end)
      },
      focusAnnotation: (annotationId) => {
        const annotation = document.annotations.find((a) => a.id === annotationId)
        if (!annotation || !textElement.current) return
        caret.current?.clear(annotation.end)
        reader.current?.clearSelection()
        reader.current?.scrollToHighlight(annotation.id, annotation.start, annotation.end)
        focusWanted.current = annotationId
        if (annotationId === selectedAnnotationId && focusHighlight(textElement.current, annotationId)) focusWanted.current = null
      },
      scrollToOffset: (offset) => reader.current?.scrollToOffset(offset),
      paintNow: (annotation) => {
        // Named as the next render will name it, so that render finds it drawn and leaves it alone.
        const tagLabel = tags.find((tag) => tag.id === annotation.tag)?.label ?? annotation.tag
        reader.current?.paintNow({ ...annotation, ...highlightNames(translator, tagLabel, annotation) }, true)
      }
    }),
    [document.annotations, selectedAnnotationId, tags, translator]
  )

  /** A click on stacked highlights selects the shortest span there; clicking again moves on to the next longer one. */
  function handleClick(event: MouseEvent) {
    if (!window.getSelection()?.isCollapsed) return
    const ids = highlightIdsAt(event.target)
    if (ids.length === 0) return onSelectAnnotation(null)
    const lengths = new Map(document.annotations.filter((a) => ids.includes(a.id)).map((a) => [a.id, a.end - a.start]))
    ids.sort((a, b) => (lengths.get(a) ?? 0) - (lengths.get(b) ?? 0))
    const current = selectedAnnotationId ? ids.indexOf(selectedAnnotationId) : -1
    const next = ids[(current + 1) % ids.length] ?? null
    caret.current?.clear(document.annotations.find((a) => a.id === next)?.end)
    focusWanted.current = next
    onSelectAnnotation(next)
  }

  // Another annotator's highlight is read-only: no resize handles.
  const selected = document.annotations.find((a) => a.id === selectedAnnotationId && !a.pending && !a.layer) ?? null
  return (
    <article ref={articleElement} className="reader" onClick={handleClick} aria-busy={loading || undefined}>
      <header className="reader-header">
        <p className="reader-meta">
          <bdi className="reader-source">{document.source || t('editor.reader.unknownOutlet')}</bdi>
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">{t('editor.reader.metaSeparator')}</span>
          <time dateTime={document.date ?? undefined}>{date(document.date)}</time>
        </p>
      </header>
      <div
        ref={textElement}
        className="reader-text"
        role="article"
        aria-label={t('editor.reader.textOf', { title: userText(translator, document.title) })}
        tabIndex={0}
        onMouseDown={() => {
          // While text is being selected, the resize handles must not catch the pointer (the selection would end on them).
          const article = articleElement.current
          if (!article) return
          article.dataset.selecting = 'true'
          window.addEventListener('mouseup', () => delete article.dataset.selecting, { once: true, capture: true })
        }}
        onMouseUp={(event) => caret.current?.onMouseUp(event)}
        onFocus={(event) => event.target === event.currentTarget && event.currentTarget.matches(':focus-visible') && caret.current?.onFocus()}
        onBlur={() => caret.current?.onBlur()}
        onKeyDown={(event) => {
          if (caret.current?.onKeyDown(event.nativeEvent)) event.preventDefault()
        }}
      />
      <ResizeHandles
        reader={reader}
        layer={articleElement}
        text={document.text}
        annotation={selected}
        layoutKey={highlights}
        onResize={onResize}
      />
    </article>
  )
}

/** The first offset drawn at the top of the pane, where a keyboard caret starts. */
function firstVisibleOffset(reader: ChunkedReader, container: HTMLElement, scroller: HTMLElement): number {
  const text = container.getBoundingClientRect()
  const pane = scroller.getBoundingClientRect()
  return offsetAtPoint(reader, text.left + 1, Math.max(text.top, pane.top) + 12) ?? 0
}
