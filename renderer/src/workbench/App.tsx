import { useCallback, useMemo, useRef, useState } from 'react'
import type { Span } from '@core/text/snap'
import type { ApiClient } from '../api/client'
import { DocumentDetails } from '../documents/DocumentDetails'
import { DocumentList } from '../documents/DocumentList'
import { ImportCenter } from '../import/ImportCenter'
import { Notice } from '../shared/Notice'
import { Reader, type ReaderHandle } from '../editor/Reader'
import { FindDialog } from '../editor/FindDialog'
import { ShortcutsDialog } from '../keyboard/ShortcutsDialog'
import { StatusControl } from '../documents/StatusControl'
import { TagSchemaDialog } from '../tags/TagSchemaDialog'
import { EmptyReader } from '../editor/EmptyReader'
import { SidePane } from './SidePane'
import { TopBar } from './TopBar'
import { NARROW_QUERY, WorkspaceLayout, type PaneId } from './WorkspaceLayout'
import { ExportDialog, type ExportDone } from '../export/ExportDialog'
import { ExportNotice, exportMessage } from '../export/ExportNotice'
import { offerPick } from '../entities/highlight-pick'
import { RelationOverlay } from '../entities/RelationOverlay'
import { KeptChangesNotice } from '../reliability/KeptChangesNotice'
import { QuarantineNotice } from '../reliability/QuarantineNotice'
import { useHistoryKeys } from '../state/use-history-keys'
import { useReaderNavigation } from '../state/use-reader-navigation'
import { useMenuCommands } from '../state/use-menu-commands'
import { useLiveProject } from '../state/use-live-project'
import { useTagColourSheet } from '../tags/use-tag-colour-sheet'
import { useTheme } from './use-theme'
import { announce } from '../shared/announcer'
import { useAnnotationActions } from '../state/use-annotation-actions'
import { useHistoryMoves } from '../state/use-history-moves'
import { returnFocusTo } from '../shared/return-focus'
import { useMediaQuery } from '../shared/use-media-query'
import { useSaveStatus } from '../store/use-save-status'
import { useShortcuts } from '../state/use-shortcuts'
import { useWorkbench } from '../state/use-workbench'
import { inReadingOrder, withPendingChanges, type ShownDocument } from '../store/pending-annotations'
import { CorpusViewPanel } from '../views/CorpusViewPanel'
import { useOpenAtSpan } from '../views/use-open-at-span'
import { ViewTabs, type ViewTabId } from '../views/ViewTabs'

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
  const live = useLiveProject(client, workbench.document, workbench.documents, projectTags)
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
  const save = useSaveStatus(client, workbench.pendingWrites)
  const narrow = useMediaQuery(NARROW_QUERY)
  const [shownPane, setShownPane] = useState<PaneId>('reader')
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

  const history = useHistoryMoves(client, { onDone: (text) => setLocalNotice({ kind: 'info', text }), onError: fail })
  const moveInHistory = history.move

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

  const resizeAnnotation = useReaderNavigation({
    client,
    document,
    documents: live.documents,
    selectedAnnotationId,
    selectAnnotation: workbench.selectAnnotation,
    openDocument: openInReader,
    showReader,
    reader,
    onError: fail
  })

  function selectFromList(annotationId: string) {
    showReader()
    workbench.selectAnnotation(annotationId)
    reader.current?.scrollToAnnotation(annotationId)
  }

  const { applyTag, retag, deleteSelected } = useAnnotationActions({ reader, readerShown: view === 'reader', workbench, tags, document, select: selectFromList })

  function openFromList(documentId: string) {
    openInReader(documentId)
    if (narrow) setShownPane('reader')
  }

  function skipToArticle() {
    setShownPane('reader')
    requestAnimationFrame(() => (window.document.querySelector<HTMLElement>('#reader-pane .reader-text') ?? window.document.getElementById('reader-pane'))?.focus())
  }

  useShortcuts(tags, {
    applyTag,
    deleteSelected,
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
      <a className="skip-link" href="#reader-pane" onClick={(event) => (event.preventDefault(), skipToArticle())}>
        Skip to article
      </a>
      <TopBar
        projectName={projectName}
        mode={client.mode}
        tags={tags}
        save={save}
        history={live.history}
        historyBusy={history.busy}
        theme={theme}
        onApplyTag={applyTag}
        onUndo={() => moveInHistory('undo')}
        onRedo={() => moveInHistory('redo')}
        onFind={() => setDialog('find')}
        onImport={() => setImportOpen(true)}
        onOpenExport={() => setExportOpen(true)}
        onOpenProjects={onOpenProjects}
        onOpenSettings={onOpenSettings}
        onOpenTags={() => setDialog('tags')}
        onShowShortcuts={() => setDialog('shortcuts')}
        onTheme={setTheme}
      />
      <WorkspaceLayout
        narrow={narrow}
        shown={shownPane}
        onShow={setShownPane}
        documentCount={live.documents.length}
        annotationCount={document?.annotations.length ?? 0}
        documents={<DocumentList documents={live.documents} openDocumentId={document?.id ?? null} onOpen={openFromList} />}
        reader={
          <ViewTabs
            active={view}
            onChange={setView}
            reader={
              <section
                className="pane reader-pane"
                id="reader-pane"
                aria-label="Reader"
                // The skip link lands here when no text is open; the text itself is the tab stop (and lets the
                // keyboard scroll the pane, which axe's scrollable-region-focusable asks for).
                tabIndex={-1}
              >
                {document && (
                  <StatusControl client={client} documentId={document.id} status={document.status} onError={fail} />
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
        }
        side={
          <SidePane
            client={client}
            document={document}
            tags={tags}
            selectedAnnotationId={selectedAnnotationId}
            details={detailsOpen ? selectedAnnotation : null}
            onRetag={retag}
            onCloseDetails={closeDetails}
            onSelect={selectFromList}
          />
        }
      />
      {exportOpen && (
        <ExportDialog
          client={client}
          tags={tags}
          openDocumentId={document?.id ?? null}
          onClose={() => {
            setExportOpen(false)
            returnFocusTo('.export-button')
          }}
          onDone={(done) => {
            setExportOpen(false)
            returnFocusTo('.export-button')
            setExportDone(done)
            announce(exportMessage(done))
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
      <ImportCenter client={client} open={importOpen} onOpenChange={(open) => {
          setImportOpen(open)
          if (!open) returnFocusTo('.import-button')
        }} onOpenDocument={openInReader} />
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
