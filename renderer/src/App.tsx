import { useCallback, useMemo, useRef, useState } from 'react'
import type { Span } from '@core/text/snap'
import type { ApiClient } from './api/client'
import { AnnotationList } from './components/AnnotationList'
import { DocumentDetails } from './components/DocumentDetails'
import { DocumentList } from './components/DocumentList'
import { ImportCenter } from './components/ImportCenter'
import { Notice } from './components/Notice'
import { Reader, type ReaderHandle } from './components/Reader'
import { DetailPanel } from './components/DetailPanel'
import { FindDialog } from './components/FindDialog'
import { HistoryButtons } from './components/HistoryButtons'
import { ShortcutsDialog } from './components/ShortcutsDialog'
import { StatusControl } from './components/StatusControl'
import { TagSchemaDialog } from './components/TagSchemaDialog'
import { ThemeSwitch } from './components/ThemeSwitch'
import { TopBar } from './components/TopBar'
import { ExportDialog, type ExportDone } from './export/ExportDialog'
import { ExportNotice } from './export/ExportNotice'
import { offerPick } from './entities/highlight-pick'
import { RelationOverlay } from './entities/RelationOverlay'
import { KeptChangesNotice } from './reliability/KeptChangesNotice'
import { QuarantineNotice } from './reliability/QuarantineNotice'
import { useHistoryKeys } from './state/use-history-keys'
import { useReaderNavigation } from './state/use-reader-navigation'
import { useMenuCommands } from './state/use-menu-commands'
import { useLiveProject } from './state/use-live-project'
import { useTagColourSheet } from './state/use-tag-colour-sheet'
import { ariaKeys } from './shortcuts'
import { useTheme } from './state/use-theme'
import { useShortcuts } from './state/use-shortcuts'
import { useWorkbench } from './state/use-workbench'
import { inReadingOrder, withPendingChanges, type ShownDocument } from './state/pending-annotations'
import { CorpusViewPanel } from './views/CorpusViewPanel'
import { useOpenAtSpan } from './views/use-open-at-span'
import { ViewTabs, type ViewTabId } from './views/ViewTabs'

interface AppProps {
  client: ApiClient
  /** The open project's name as the workspace reports it now (a rename in Settings shows at once). */
  projectName: string
  /** The start screen: open, create or switch projects. */
  onOpenProjects(): void
  onOpenSettings(): void
}

export function App({ client, projectName, onOpenProjects, onOpenSettings }: AppProps) {
  const workbench = useWorkbench(client)
  const { project, selectedAnnotationId } = workbench
  const reader = useRef<ReaderHandle>(null)
  const projectTags = useMemo(() => project?.tags ?? [], [project])
  // What the store holds now, kept current by the core's change events (undo, other windows, the detail panel).
  const live = useLiveProject(client, workbench.document, workbench.documents, projectTags, workbench.reloadDocument)
  const { tags } = live
  // What the store holds, in reading order, with the changes not yet durable drawn over it (marked pending).
  const storedAnnotations = useMemo(() => inReadingOrder(live.document?.annotations ?? []), [live.document])
  const document = useMemo<ShownDocument | null>(
    () => (live.document ? { ...live.document, annotations: withPendingChanges(storedAnnotations, workbench.pending) } : null),
    [live.document, storedAnnotations, workbench.pending]
  )
  useTagColourSheet(tags)
  const [exportOpen, setExportOpen] = useState(false)
  const [exportDone, setExportDone] = useState<ExportDone | null>(null)
  const [theme, setTheme] = useTheme()
  const [dialog, setDialog] = useState<'shortcuts' | 'tags' | 'find' | null>(null)
  const [findMatches, setFindMatches] = useState<{ matches: readonly Span[]; current: number | null } | undefined>(undefined)
  const showFindMatches = useCallback((matches: readonly Span[], current: number | null) => {
    setFindMatches({ matches, current })
    const match = current === null ? undefined : matches[current]
    if (match) reader.current?.scrollToOffset(match.start)
  }, [])
  const [importOpen, setImportOpen] = useState(false)
  const [localNotice, setLocalNotice] = useState<{ kind: 'error' | 'info'; text: string } | null>(null)
  const [historyBusy, setHistoryBusy] = useState(0)
  const [statusPending, setStatusPending] = useState(false)
  const selectedAnnotation = document?.annotations.find((a) => a.id === selectedAnnotationId) ?? null
  // The panel opens with each selection; Escape closes it (a second Escape clears the selection), Enter reopens it.
  const [detailsClosedFor, setDetailsClosedFor] = useState<string | null>(null)
  const detailsOpen = selectedAnnotation !== null && detailsClosedFor !== selectedAnnotation.id
  // The centre pane shows the reader or one of the corpus views; opening an article goes back to the reader.
  const [view, setView] = useState<ViewTabId>('reader')
  const showReader = useCallback(() => setView('reader'), [])
  const openAtSpan = useOpenAtSpan({ document, loading: workbench.documentLoading, openDocument: workbench.openDocument, selectAnnotation: workbench.selectAnnotation, reader, showReader })
  const { openDocument } = workbench
  const openInReader = useCallback(
    (documentId: string) => {
      showReader()
      openDocument(documentId)
    },
    [openDocument, showReader]
  )
  const outlets = useMemo(() => [...new Set(live.documents.map((d) => d.source))].sort((a, b) => a.localeCompare(b)), [live.documents])

  function closeDetails() {
    if (!selectedAnnotation) return
    setDetailsClosedFor(selectedAnnotation.id)
    const row = window.document.querySelector<HTMLElement>(`button[data-annotation-id="${CSS.escape(selectedAnnotation.id)}"]`)
    row?.focus()
  }
  const usage = useMemo(() => {
    const counts: Record<string, number> = {}
    for (const summary of live.documents) for (const [tag, n] of Object.entries(summary.tagCounts)) counts[tag] = (counts[tag] ?? 0) + n
    return counts
  }, [live.documents])

  function fail(error: unknown) {
    setLocalNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) })
  }

  // Presses in quick succession each count: the core runs them one after another.
  function moveInHistory(direction: 'undo' | 'redo') {
    setHistoryBusy((n) => n + 1)
    client
      .call(direction === 'undo' ? 'history.undo' : 'history.redo', {})
      .then((result) => {
        if (result.done) setLocalNotice({ kind: 'info', text: result.done })
      }, fail)
      .finally(() => setHistoryBusy((n) => n - 1))
  }

  useHistoryKeys({
    undo: () => moveInHistory('undo'),
    redo: () => moveInHistory('redo'),
    showShortcuts: () => setDialog('shortcuts'),
    find: () => setDialog('find'),
    openDetails: () => {
      if (!selectedAnnotation) return
      setDetailsClosedFor(null)
      requestAnimationFrame(() => window.document.getElementById('detail-tag')?.focus())
    }
  })

  useMenuCommands(client, {
    undo: () => moveInHistory('undo'),
    redo: () => moveInHistory('redo'),
    find: () => setDialog('find'),
    showShortcuts: () => setDialog('shortcuts')
  })

  function applyTag(tagId: string) {
    // The reader is hidden under a corpus view: its selection is not what the user is looking at.
    if (view !== 'reader') return
    const span = reader.current?.selectedSpan()
    if (span) {
      reader.current?.clearTextSelection()
      void workbench.createAnnotation(tagId, span, (shown) => reader.current?.paintNow(shown))
    } else if (selectedAnnotationId) {
      void workbench.setAnnotationTag(selectedAnnotationId, tagId)
    }
  }

  const resizeAnnotation = useReaderNavigation({
    client,
    document,
    documents: live.documents,
    selectedAnnotationId,
    selectAnnotation: workbench.selectAnnotation,
    openDocument: openInReader,
    showReader,
    reader,
    onChanged: live.refresh,
    onError: fail
  })

  function selectFromList(annotationId: string) {
    showReader()
    workbench.selectAnnotation(annotationId)
    reader.current?.scrollToAnnotation(annotationId)
  }

  useShortcuts(tags, {
    applyTag,
    deleteSelected: () => {
      if (selectedAnnotationId && view === 'reader') void workbench.deleteAnnotation(selectedAnnotationId)
    },
    clearSelection: () => {
      if (dialog) return
      if (detailsOpen) {
        closeDetails()
        return
      }
      workbench.selectAnnotation(null)
      reader.current?.clearTextSelection()
    }
  })

  return (
    <div className="app">
      <TopBar
        projectName={projectName}
        mode={client.mode}
        tags={tags}
        saving={workbench.pendingWrites > 0}
        onApplyTag={applyTag}
        onOpenExport={() => setExportOpen(true)}
        onImport={() => setImportOpen(true)}
        extra={
          <>
            <button type="button" onClick={onOpenProjects} aria-keyshortcuts={ariaKeys('projects')}>
              Projects
            </button>
            <button type="button" onClick={onOpenSettings} aria-keyshortcuts={ariaKeys('projectSettings')}>
              Settings
            </button>
            <HistoryButtons history={live.history} busy={historyBusy > 0} onUndo={() => moveInHistory('undo')} onRedo={() => moveInHistory('redo')} />
            <button type="button" onClick={() => setDialog('find')} aria-keyshortcuts={ariaKeys('find')}>
              Find
            </button>
            <button type="button" onClick={() => setDialog('tags')}>
              Tags…
            </button>
            <button type="button" onClick={() => setDialog('shortcuts')} aria-keyshortcuts="?">
              Shortcuts
            </button>
            <ThemeSwitch choice={theme} onChange={setTheme} />
          </>
        }
      />
      <main className="workspace">
        <DocumentList documents={live.documents} openDocumentId={document?.id ?? null} onOpen={openInReader} />
        <ViewTabs
          active={view}
          onChange={setView}
          reader={
        <section className="pane reader-pane" aria-label="Reader" tabIndex={-1}>
          {document && (
            <StatusControl
              status={document.status}
              pending={statusPending}
              onChange={(status) => {
                setStatusPending(true)
                client
                  .call('documents.setStatus', { documentId: document.id, status })
                  .then(() => undefined, fail)
                  .finally(() => setStatusPending(false))
              }}
            />
          )}
          {document && (
            <RelationOverlay
              relations={document.relations}
              annotations={document.annotations}
              selectedAnnotationId={view === 'reader' ? selectedAnnotationId : null}
              onShow={(id) => reader.current?.scrollToAnnotation(id)}
            />
          )}
          <div className="details-slot">{document && <DocumentDetails key={document.id} client={client} documentId={document.id} metadata={document} />}</div>
          {document ? (
            <Reader
              key={document.id}
              document={document}
              tags={tags}
              selectedAnnotationId={selectedAnnotationId}
              onSelectAnnotation={(id) => {
                // A field picking a highlight (Attributed to, Stated in) takes the click instead of the selection.
                if (id && offerPick(id, document.annotations.find((a) => a.id === id)?.tag)) return
                workbench.selectAnnotation(id)
              }}
              onResize={resizeAnnotation}
              findMatches={dialog === 'find' ? findMatches : undefined}
              handle={reader}
              loading={workbench.documentLoading}
            />
          ) : (
            <EmptyReader projectLoaded={project !== null} documentCount={live.documents.length} onImport={() => setImportOpen(true)} />
          )}
        </section>
          }
        >
          {view !== 'reader' && <CorpusViewPanel view={view} client={client} tags={tags} outlets={outlets} onOpenSpan={openAtSpan} onNotice={setLocalNotice} />}
        </ViewTabs>
        <div className="side-pane">
          {document && selectedAnnotation && detailsOpen && (
            <DetailPanel
              key={selectedAnnotation.id}
              client={client}
              documentId={document.id}
              annotation={selectedAnnotation}
              tags={tags}
              annotations={document.annotations}
              relations={document.relations}
              onRetag={(tagId) => void workbench.setAnnotationTag(selectedAnnotation.id, tagId)}
              onClose={closeDetails}
            />
          )}
          <AnnotationList
            tags={tags}
            annotations={document?.annotations ?? []}
            selectedAnnotationId={selectedAnnotationId}
            onSelect={selectFromList}
          />
        </div>
      </main>
      {exportOpen && (
        <ExportDialog
          client={client}
          tags={tags}
          openDocumentId={document?.id ?? null}
          onClose={() => setExportOpen(false)}
          onDone={(done) => {
            setExportOpen(false)
            setExportDone(done)
          }}
        />
      )}
      {exportDone && <ExportNotice done={exportDone} onDismiss={() => setExportDone(null)} />}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'find' && (
        <FindDialog
          client={client}
          tags={tags}
          openDocumentId={document?.id ?? null}
          onOpenDocument={openInReader}
          onShowMatches={showFindMatches}
          onClose={() => setDialog(null)}
        />
      )}
      <ImportCenter client={client} open={importOpen} onOpenChange={setImportOpen} onOpenDocument={openInReader} />
      {dialog === 'tags' && <TagSchemaDialog client={client} tags={tags} usage={usage} onClose={() => setDialog(null)} />}
      <KeptChangesNotice client={client} documents={live.documents} />
      <QuarantineNotice client={client} documents={live.documents} onRestored={workbench.openDocument} />
      <Notice
        notice={localNotice ?? workbench.notice}
        onDismiss={() => {
          setLocalNotice(null)
          workbench.dismissNotice()
        }}
      />
    </div>
  )
}

/** What the reader pane shows without a document: how to import into an empty project. */
function EmptyReader({ projectLoaded, documentCount, onImport }: { projectLoaded: boolean; documentCount: number; onImport(): void }) {
  if (!projectLoaded) return <p className="empty-hint">Opening the project…</p>
  if (documentCount > 0) return <p className="empty-hint">Choose a document on the left.</p>
  return (
    <div className="empty-project">
      <h2>No articles yet</h2>
      <p>Import saved web pages, text, Word or PDF files, or corpora from doccano and Label Studio. You can also drop files here or paste text.</p>
      <button type="button" className="primary" onClick={onImport}>
        Import articles…
      </button>
    </div>
  )
}
