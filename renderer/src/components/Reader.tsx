import { useEffect, useImperativeHandle, useMemo, type MouseEvent, type Ref } from 'react'
import { EditorContent, useEditor } from '@tiptap/react'
import Document from '@tiptap/extension-document'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import type { DocumentRecord } from '@core/model/document'
import { AnnotationHighlights } from '../editor/highlights'
import { highlightIdsAt, selectedTextSpan } from '../editor/dom-selection'
import { buildReaderDocument } from '../editor/reader-document'
import { formatDate } from '../format/date'

export interface ReaderHandle {
  /** The span the user has selected in the text, if any. */
  selectedSpan(): { start: number; end: number } | null
  clearTextSelection(): void
  scrollToAnnotation(annotationId: string): void
}

interface ReaderProps {
  document: DocumentRecord
  selectedAnnotationId: string | null
  onSelectAnnotation(annotationId: string | null): void
  handle: Ref<ReaderHandle>
}

/** The article in a read-only tiptap view, annotations drawn over it as decorations. */
export function Reader({ document, selectedAnnotationId, onSelectAnnotation, handle }: ReaderProps) {
  const reader = useMemo(() => buildReaderDocument(document.text), [document.text])

  const editor = useEditor(
    {
      editable: false,
      shouldRerenderOnTransaction: false,
      extensions: [
        Document,
        Paragraph,
        Text,
        AnnotationHighlights.configure({ positions: reader.positions })
      ],
      content: reader.content,
      editorProps: { attributes: { class: 'reader-text', 'aria-label': `Text of ${document.title}`, role: 'article' } }
    },
    [reader]
  )

  useEffect(() => {
    editor.commands.setHighlights(document.annotations)
  }, [editor, document.annotations])

  useImperativeHandle(
    handle,
    () => ({
      selectedSpan: () => selectedTextSpan(editor.view, reader.positions, document.text),
      clearTextSelection: () => window.getSelection()?.removeAllRanges(),
      scrollToAnnotation: (annotationId) =>
        editor.view.dom
          .querySelector(`mark[data-annotation-id="${CSS.escape(annotationId)}"]`)
          ?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    }),
    [editor, reader, document.text]
  )

  /** A click on stacked highlights selects the shortest span there; clicking again moves on to the next longer one. */
  function handleClick(event: MouseEvent) {
    if (!window.getSelection()?.isCollapsed) return
    const lengths = new Map(document.annotations.map((a) => [a.id, a.end - a.start]))
    const ids = highlightIdsAt(event.target).sort((a, b) => (lengths.get(a) ?? 0) - (lengths.get(b) ?? 0))
    if (ids.length === 0) return onSelectAnnotation(null)
    const current = selectedAnnotationId ? ids.indexOf(selectedAnnotationId) : -1
    onSelectAnnotation(ids[(current + 1) % ids.length] ?? null)
  }

  return (
    <article className="reader" onClick={handleClick}>
      <header className="reader-header">
        <p className="reader-meta">
          <span className="reader-source">{document.source || 'Unknown source'}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={document.date ?? undefined}>{formatDate(document.date)}</time>
        </p>
      </header>
      {selectedAnnotationId && (
        <style>{`.reader mark[data-annotation-id="${CSS.escape(selectedAnnotationId)}"] { background-color: var(--tag-mid); border-bottom-width: 3px; }`}</style>
      )}
      <EditorContent editor={editor} />
    </article>
  )
}
