import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { setSpanOpener } from '../relations/span-opener'
import type { Span } from '@core/shared/text/snap'
import { DocumentDetails } from '../documents/DocumentDetails'
import { DocumentList } from '../documents/DocumentList'
import { StatusControl } from '../documents/StatusControl'
import { LayerControl } from '../layers/LayerControl'
import { EmptyReader } from '../editor/EmptyReader'
import { FindDialog } from '../editor/FindDialog'
import { Reader, type ReaderHandle } from '../editor/Reader'
import { offerPick } from '../entities/highlight-pick'
import { PickBanner } from '../entities/PickBanner'
import { RelationOverlay } from '../entities/RelationOverlay'
import { ExportDialog, type ExportDone } from '../export/ExportDialog'
import { ExportNotice, exportMessage } from '../export/ExportNotice'
import { ImportCenter } from '../import/ImportCenter'
import { useT } from '../i18n/I18nProvider'
import { useKeyCommands } from '../keyboard/KeyboardProvider'
import { ShortcutsDialog } from '../keyboard/ShortcutsDialog'
import { KeptChangesNotice } from '../reliability/KeptChangesNotice'
import { QuarantineNotice } from '../reliability/QuarantineNotice'
import { announce } from '../shared/announcer'
import { Notice } from '../shared/Notice'
import { WorkspaceNotice } from '../projects/WorkspaceNotice'
import type { Said } from '@core/shared/i18n/said'
import { NoticeStack } from '../shared/NoticeStack'
import { focusLeavesWith, returnFocusTo } from '../shared/return-focus'
import { useMediaQuery } from '../shared/use-media-query'
import { useActions, useClient, useProjectState, useProjectStore, useShownDocument } from '../store/context'
import { TagSchemaDialog } from '../tags/TagSchemaDialog'
import { DocumentFieldsDialog } from '../documents/DocumentFieldsDialog'
import { useTagColourSheet } from '../tags/use-tag-colour-sheet'
import { CorpusViewPanel } from '../views/CorpusViewPanel'
import { useOpenAtSpan } from '../views/use-open-at-span'
import { ViewTabs, type ViewTabId } from '../views/ViewTabs'
import { SidePane } from './SidePane'
import { TopBar } from './TopBar'
import { useAnnotationActions } from './use-annotation-actions'
import { useMenuCommands } from './use-menu-commands'
import { usePaneCounts } from './use-pane-counts'
import { useTheme } from './use-theme'
import { NARROW_QUERY, WorkspaceLayout, type PaneId } from './WorkspaceLayout'

interface AppProps {
  /** The open project's name as the workspace reports it now (a rename in Settings shows at once). */
  projectName: string
  /** The start screen: open, create or switch projects. */
  onOpenProjects(): void
  onOpenSettings(): void
  /** What the workspace has to say (a repair of project.json), shown until dismissed. */
  workspaceNotice: Said | null
}

/**
 * The workbench's screen: which panes, dialogs and views are shown. What the project holds comes from the
 * project store (store/project-store.ts), every change goes through its actions (store/actions.ts) and
 * every key through the dispatcher (keyboard/dispatcher.ts).
 */
export function App({ projectName, onOpenProjects, onOpenSettings, workspaceNotice }: AppProps) {
  const { t } = useT()
  const client = useClient()
  const translator = useT()
  const store = useProjectStore()
  const actions = useActions()
  const project = useProjectState((state) => state.project)
  const documents = useProjectState((state) => state.documents)
  const tags = useProjectState((state) => state.tags)
  const documentLoading = useProjectState((state) => state.documentLoading)
  const selectedAnnotationId = useProjectState((state) => state.selectedAnnotationId)
  const storeNotice = useProjectState((state) => state.notice)
  const document = useShownDocument()
  const paneCounts = usePaneCounts(document)
  const reader = useRef<ReaderHandle>(null)
  useTagColourSheet(tags)
  const [exportOpen, setExportOpen] = useState(false)
  const [exportDone, setExportDone] = useState<ExportDone | null>(null)
  const dismissExport = useCallback(() => setExportDone(null), [])
  const [theme, setTheme] = useTheme()
  const [dialog, setDialog] = useState<'shortcuts' | 'tags' | 'fields' | 'find' | null>(null)
  const [findMatches, setFindMatches] = useState<{ matches: readonly Span[]; current: number | null } | undefined>(undefined)
  const showFindMatches = useCallback((matches: readonly Span[], current: number | null) => {
    setFindMatches({ matches, current })
    const match = current === null ? undefined : matches[current]
    if (match) reader.current?.scrollToOffset(match.start)
  }, [])
  const [importOpen, setImportOpen] = useState(false)
  const narrow = useMediaQuery(NARROW_QUERY)
  const [shownPane, setShownPane] = useState<PaneId>('reader')
  const [documentDetailsOpen, setDocumentDetailsOpen] = useState(false)
  const selectedAnnotation = document?.annotations.find((a) => a.id === selectedAnnotationId) ?? null
  // The panel opens with each selection; Escape closes it (a second Escape clears the selection), Enter reopens it.
  const [detailsClosedFor, setDetailsClosedFor] = useState<string | null>(null)
  const detailsOpen = selectedAnnotation !== null && detailsClosedFor !== selectedAnnotation.id
  // The centre pane shows the reader or one of the corpus views; opening an article goes back to the reader.
  const [view, setView] = useState<ViewTabId>('reader')
  const showReader = useCallback(() => setView('reader'), [])
  const openAtSpan = useOpenAtSpan({ document, loading: documentLoading, openDocument: actions.openDocument, selectAnnotation: actions.selectAnnotation, reader, showReader })
  useEffect(() => setSpanOpener(openAtSpan), [openAtSpan])
  const openInReader = useCallback(
    (documentId: string) => {
      showReader()
      actions.openDocument(documentId)
    },
    [actions, showReader]
  )
  const outlets = useMemo(() => [...new Set(documents.map((d) => d.source))].sort((a, b) => a.localeCompare(b)), [documents])
  const usage = useMemo(() => {
    const counts: Record<string, number> = {}
    for (const summary of documents) for (const [tag, n] of Object.entries(summary.tagCounts)) counts[tag] = (counts[tag] ?? 0) + n
    return counts
  }, [documents])

  function closeDetails() {
    if (!selectedAnnotation) return
    setDetailsClosedFor(selectedAnnotation.id)
    // Focus stays where the user was (the article keeps its caret); only focus in the closing panel moves, to the list row.
    if (!focusLeavesWith('.detail-panel')) return
    const row = window.document.querySelector<HTMLElement>(`button[data-annotation-id="${CSS.escape(selectedAnnotation.id)}"]`)
    row?.focus()
  }

  function selectFromList(annotationId: string) {
    showReader()
    actions.selectAnnotation(annotationId)
    reader.current?.scrollToAnnotation(annotationId)
  }

  const { applyTag, retag, deleteSelected } = useAnnotationActions({ reader, readerShown: view === 'reader', document, select: selectFromList })
  const undo = () => actions.moveInHistory('undo')
  const redo = () => actions.moveInHistory('redo')
  const find = () => setDialog('find')
  const showShortcuts = () => setDialog('shortcuts')

  useMenuCommands(client, { undo, redo, find, showShortcuts })
  useKeyCommands(
    {
      undo,
      redo,
      find,
      showShortcuts,
      applyTag,
      deleteSelected,
      openDetails() {
        if (!selectedAnnotation) return
        setDetailsClosedFor(null)
        // On a narrow window the details are behind the Annotations tab: show it.
        if (narrow) setShownPane('annotations')
        requestAnimationFrame(() => window.document.getElementById('detail-tag')?.focus())
      },
      escape() {
        if (dialog) return
        if (detailsOpen) return closeDetails()
        actions.selectAnnotation(null)
        reader.current?.clearTextSelection()
      },
      moveToAnnotation(step) {
        const annotations = (document?.annotations ?? []).filter((a) => !a.pending)
        if (annotations.length === 0) return
        const at = annotations.findIndex((a) => a.id === store.getState().selectedAnnotationId)
        const target = at < 0 ? annotations[step > 0 ? 0 : annotations.length - 1] : annotations[Math.min(Math.max(at + step, 0), annotations.length - 1)]
        if (!target) return
        showReader()
        actions.selectAnnotation(target.id)
        reader.current?.focusAnnotation(target.id)
      },
      moveToDocument(step) {
        const at = documents.findIndex((d) => d.id === document?.id)
        const target = documents[at + step]
        if (target) openInReader(target.id)
      }
    },
    { store, actions }
  )

  function openFromList(documentId: string) {
    openInReader(documentId)
    if (narrow) setShownPane('reader')
  }

  function skipToArticle() {
    setShownPane('reader')
    requestAnimationFrame(() => (window.document.querySelector<HTMLElement>('#reader-pane .reader-text') ?? window.document.getElementById('reader-pane'))?.focus())
  }

  return (
    <div className="app">
      <a className="skip-link" href="#reader-pane" onClick={(event) => (event.preventDefault(), skipToArticle())}>
        {t('shell.skipToArticle')}
      </a>
      <TopBar
        projectName={projectName}
        mode={client.mode}
        theme={theme}
        onApplyTag={applyTag}
        onFind={find}
        onImport={() => setImportOpen(true)}
        onOpenExport={() => setExportOpen(true)}
        onOpenProjects={onOpenProjects}
        onOpenSettings={onOpenSettings}
        onOpenTags={() => setDialog('tags')}
        onOpenFields={() => setDialog('fields')}
        onShowShortcuts={() => setDialog('shortcuts')}
        onTheme={setTheme}
      />
      <WorkspaceLayout
        narrow={narrow}
        shown={shownPane}
        onShow={setShownPane}
        documentCount={paneCounts.documentCount}
        annotationCount={paneCounts.annotationCount}
        documents={<DocumentList documents={documents} openDocumentId={document?.id ?? null} onOpen={openFromList} />}
        reader={
          <ViewTabs
            active={view}
            onChange={setView}
            reader={
              <section
                className="pane reader-pane"
                id="reader-pane"
                aria-label={t('shell.reader')}
                // The skip link lands here when no text is open; the text itself is the tab stop (and lets the
                // keyboard scroll the pane, which axe's scrollable-region-focusable asks for).
                tabIndex={-1}
              >
                {document && <StatusControl documentId={document.id} status={document.status} />}
                {document && <LayerControl />}
                <PickBanner />
                {document && (
                  <RelationOverlay
                    relations={document.relations}
                    annotations={document.annotations}
                    selectedAnnotationId={view === 'reader' ? selectedAnnotationId : null}
                    onShow={(id) => reader.current?.scrollToAnnotation(id)}
                  />
                )}
                <div className="details-slot">{document && <DocumentDetails key={document.id} documentId={document.id} metadata={document} open={documentDetailsOpen} onToggle={setDocumentDetailsOpen} />}</div>
                {document ? (
                  <Reader
                    key={document.id}
                    document={document}
                    tags={tags}
                    selectedAnnotationId={selectedAnnotationId}
                    onSelectAnnotation={(id) => {
                      // A field picking a highlight (Attributed to, Stated in) takes the click instead of the selection.
                      if (id && offerPick(id, document.annotations.find((a) => a.id === id)?.tag)) {
                        // On a narrow window the field that picked is behind the Annotations tab: back to it.
                        if (narrow) setShownPane('annotations')
                        return
                      }
                      actions.selectAnnotation(id)
                    }}
                    onResize={actions.resizeAnnotation}
                    findMatches={dialog === 'find' ? findMatches : undefined}
                    handle={reader}
                    loading={documentLoading}
                  />
                ) : (
                  <EmptyReader projectLoaded={project !== null} documentCount={documents.length} onImport={() => setImportOpen(true)} />
                )}
              </section>
            }
          >
            {view !== 'reader' && <CorpusViewPanel view={view} tags={tags} outlets={outlets} onOpenSpan={openAtSpan} onOpenDocument={openInReader} onNotice={actions.notify} />}
          </ViewTabs>
        }
        side={
          <SidePane
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
          tags={tags}
          openDocumentId={document?.id ?? null}
          onClose={() => {
            setExportOpen(false)
            returnFocusTo('.export-button, .app-menu-button')
          }}
          onDone={(done) => {
            setExportOpen(false)
            returnFocusTo('.export-button, .app-menu-button')
            setExportDone(done)
            announce(exportMessage(done, translator))
          }}
        />
      )}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'find' && (
        <FindDialog
          tags={tags}
          openDocumentId={document?.id ?? null}
          onOpenDocument={openInReader}
          onShowMatches={showFindMatches}
          onClose={() => setDialog(null)}
        />
      )}
      <ImportCenter open={importOpen} onOpenChange={(open) => {
          setImportOpen(open)
          if (!open) returnFocusTo('.import-button, .app-menu-button')
        }} onOpenDocument={openInReader} />
      {dialog === 'fields' && <DocumentFieldsDialog onClose={() => setDialog(null)} />}
      {dialog === 'tags' && <TagSchemaDialog tags={tags} usage={usage} onClose={() => setDialog(null)} />}
      <KeptChangesNotice documents={documents} />
      <QuarantineNotice documents={documents} onRestored={actions.openDocument} />
      <NoticeStack>
        {exportDone && <ExportNotice done={exportDone} onDismiss={dismissExport} />}
        <WorkspaceNotice notice={workspaceNotice} />
        <Notice notice={storeNotice} onDismiss={actions.dismissNotice} />
      </NoticeStack>
    </div>
  )
}
