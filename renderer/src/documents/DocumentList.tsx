import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { DocumentSummary } from '@core/shared/model/document'
import type { DocumentFieldDefinition } from '@core/shared/model/document-fields'
import { useT } from '../i18n/I18nProvider'
import { useProjectState } from '../store/context'
import '../styles/reliability.css'
import '../styles/documents.css'
import { CorpusProgress } from './CorpusProgress'
import { DeleteDocumentsDialog } from './DeleteDocumentsDialog'
import { DocumentListControls } from './DocumentListControls'
import { DocumentSelectionBar } from './DocumentSelectionBar'
import { ALL_DOCUMENTS, STATUS_MESSAGES, filterDocuments, sortDocuments, sourcesOf, statusCounts } from './document-view'
import { useDocumentDeletion } from './use-document-deletion'

const NO_FIELDS: readonly DocumentFieldDefinition[] = []

/** A row's height before it is measured: a one-line title and the source line. */
const ESTIMATED_ROW_HEIGHT = 64

interface DocumentListProps {
  documents: readonly DocumentSummary[]
  openDocumentId: string | null
  onOpen(documentId: string): void
}

/** The project's documents; only the rows in view are rendered, so a corpus of 10,000 opens at once. */
export function DocumentList({ documents: allDocuments, openDocumentId, onOpen }: DocumentListProps) {
  const { t, number, date } = useT()
  const scroller = useRef<HTMLDivElement>(null)
  const [view, setView] = useState(ALL_DOCUMENTS)
  // Typing stays responsive: the list follows the latest filter as soon as React has time.
  const shownView = useDeferredValue(view)
  const sorted = useMemo(() => sortDocuments(allDocuments, shownView.sort, shownView.direction), [allDocuments, shownView.sort, shownView.direction])
  const documents = useMemo(() => filterDocuments(sorted, shownView), [sorted, shownView])
  const counts = useMemo(() => statusCounts(allDocuments), [allDocuments])
  const sources = useMemo(() => sourcesOf(allDocuments), [allDocuments])
  const fields = useProjectState((state) => state.project?.documentFields ?? NO_FIELDS)
  const loaded = useProjectState((state) => state.documentsLoaded)
  const filtered = documents.length !== allDocuments.length
  const deletion = useDocumentDeletion(allDocuments, documents)
  // The virtualiser's methods must be read fresh on every render; this app does not use the React Compiler,
  // whose auto-memoisation is what the rule guards against.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: documents.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => documents[index]?.id ?? index,
    overscan: 6
  })

  const openIndex = documents.findIndex((d) => d.id === openDocumentId)
  useEffect(() => {
    if (openIndex < 0) return
    // Scrolling lays the page out at once, the reader's newly drawn chunk included (74 ms in a first open's
    // task): a row already in view, as one just clicked, needs none. The virtualiser answers from its own measurements.
    const target = virtualizer.getOffsetForIndex(openIndex, 'auto')
    if (target && virtualizer.scrollOffset !== null && Math.abs(target[0] - virtualizer.scrollOffset) < 1) return
    virtualizer.scrollToIndex(openIndex, { align: 'auto' })
  }, [openIndex, virtualizer])

  return (
    <nav className="pane document-pane" aria-label={t('documents.pane')} aria-busy={!loaded}>
      <h2 className="pane-title">
        <span aria-hidden="true">{t('documents.pane')}</span>{' '}
        {loaded && (
          <span className="pane-count" aria-hidden="true">
            {filtered ? t('documents.pane.countFiltered', { shown: documents.length, total: allDocuments.length }) : number(allDocuments.length, { useGrouping: false })}
          </span>
        )}
        <span className="visually-hidden">
          {!loaded
            ? t('documents.pane')
            : filtered
              ? t('documents.pane.headingFiltered', { shown: documents.length, total: allDocuments.length })
              : t('documents.pane.heading', { total: allDocuments.length })}
        </span>
      </h2>
      {loaded ? <CorpusProgress counts={counts} /> : <p className="empty-hint" role="status">{t('documents.list.loading')}</p>}
      <DocumentListControls view={view} sources={sources} fields={fields} onChange={setView} />
      {deletion.checked.length > 0 && (
        <DocumentSelectionBar count={deletion.checked.length} shownCount={documents.length} onDelete={deletion.askToDelete} onCheckAll={deletion.checkAll} onClear={deletion.clear} />
      )}
      {filtered && documents.length === 0 && <p className="empty-hint">{t('documents.list.noMatch')}</p>}
      <div className="document-scroller" ref={scroller}>
        <ul className="document-list" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const doc = documents[row.index]
            if (!doc) return null
            return (
              <li
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                data-document-id={doc.id}
                className="document-row"
                aria-setsize={documents.length}
                aria-posinset={row.index + 1}
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <input
                  type="checkbox"
                  className="document-check"
                  aria-label={t('documents.list.select', { title: doc.title })}
                  checked={deletion.isChecked(doc.id)}
                  onChange={(event) => deletion.toggle(doc.id, event.target.checked)}
                />
                <button
                  type="button"
                  className={doc.problem ? 'document-item document-item-damaged' : 'document-item'}
                  aria-current={doc.id === openDocumentId ? 'true' : undefined}
                  onClick={(event) => {
                    // Ctrl+click (⌘ on macOS) checks or unchecks, as in a file manager; a plain click opens.
                    if (event.ctrlKey || event.metaKey) deletion.toggle(doc.id, !deletion.isChecked(doc.id))
                    else onOpen(doc.id)
                  }}
                >
                  <span className="document-title" dir="auto">{doc.title}</span>
                  {doc.problem ? (
                    <span className="document-problem">{doc.problem}</span>
                  ) : (
                    <span className="document-meta">
                      <bdi>{doc.source || t('documents.unknownOutlet')}</bdi>
                      <span aria-hidden="true"> · </span>
                      <span className="visually-hidden">{t('documents.list.separator')}</span>
                      <time dateTime={doc.date ?? undefined}>{date(doc.date)}</time>
                      <span aria-hidden="true"> · </span>
                      <span className="visually-hidden">{t('documents.list.separator')}</span>
                      <span className={`document-status status-${doc.status}`}>{t(STATUS_MESSAGES[doc.status])}</span>
                    </span>
                  )}
                  <span className="document-count" aria-label={t('documents.list.annotationCount', { count: doc.annotationCount })}>
                    {number(doc.annotationCount, { useGrouping: false })}
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
      </div>
      {deletion.confirming && <DeleteDocumentsDialog documents={deletion.confirming} onConfirm={deletion.confirmDelete} onClose={deletion.cancel} />}
    </nav>
  )
}
