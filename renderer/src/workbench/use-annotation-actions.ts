import type { RefObject } from 'react'
import type { ReaderHandle } from '../editor/Reader'
import { focusAnnotation } from '../shared/annotation-focus'
import { useT } from '../i18n/I18nProvider'
import { announce, shortQuote } from '../shared/announcer'
import { useActions, useProjectState } from '../store/context'
import type { ShownDocument } from '../store/pending-annotations'

interface AnnotationActionsInput {
  reader: RefObject<ReaderHandle | null>
  /** False while a corpus view covers the reader: its selection is not what the user is looking at. */
  readerShown: boolean
  /** The open document as shown, annotations in the list's (reading) order. */
  document: ShownDocument | null
  /** Selects an annotation and brings it into view in the reader. */
  select(annotationId: string): void
}

export interface AnnotationActions {
  /** Tags the selected text, else retags the selected annotation, else says to select text first. */
  applyTag(tagId: string): void
  /** Retags an annotation (from the detail panel's Tag field). */
  retag(annotationId: string, tagId: string): void
  /** Deletes the selected annotation; focus moves to the next one in the list (the previous at the end). */
  deleteSelected(): void
}

/** Tagging, retagging and deleting from keys and buttons, each result said in words through the live region. */
export function useAnnotationActions({ reader, readerShown, document, select }: AnnotationActionsInput): AnnotationActions {
  const { t } = useT()
  const actions = useActions()
  const tags = useProjectState((state) => state.tags)
  const selectedId = useProjectState((state) => state.selectedAnnotationId)
  const labelOf = (tagId: string) => tags.find((t) => t.id === tagId)?.label ?? tagId

  function applyTag(tagId: string) {
    if (!readerShown) return
    const span = reader.current?.selectedSpan()
    if (span && document) {
      const quote = document.text.slice(span.start, span.end)
      reader.current?.clearTextSelection()
      void actions.createAnnotation(tagId, span, (shown) => reader.current?.paintNow(shown)).then((done) => done && announce(t('shell.tagged', { quote: shortQuote(quote), tag: labelOf(tagId) })))
    } else if (selectedId) {
      retag(selectedId, tagId)
    } else {
      actions.notify({ kind: 'info', text: t('shell.selectTextFirst') })
    }
  }

  function retag(annotationId: string, tagId: string) {
    void actions.setAnnotationTag(annotationId, tagId).then((done) => done && announce(t('shell.retagged', { tag: labelOf(tagId) })))
  }

  function deleteSelected() {
    if (!selectedId || !document || !readerShown) return
    const shown = document.annotations.filter((a) => a.id === selectedId || a.pending !== 'delete')
    const index = shown.findIndex((a) => a.id === selectedId)
    const deleted = shown[index]
    if (!deleted) return
    // Another annotator's (read-only): the store refuses it and says why; the selection stays where it is.
    if (deleted.layer) return void actions.deleteAnnotation(selectedId)
    const next = shown[index + 1] ?? shown[index - 1] ?? null
    const fromReader = Boolean(window.document.activeElement?.closest('.reader'))
    void actions.deleteAnnotation(selectedId).then((done) => done && announce(t('shell.deleted', { quote: shortQuote(deleted.quote) })))
    if (next) select(next.id)
    else actions.selectAnnotation(null)
    focusAnnotation(next?.id ?? null, fromReader)
  }

  return { applyTag, retag, deleteSelected }
}
