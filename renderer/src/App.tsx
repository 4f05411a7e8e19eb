import { useMemo, useRef, useState } from 'react'
import type { ApiClient } from './api/client'
import { AnnotationList } from './components/AnnotationList'
import { DocumentList } from './components/DocumentList'
import { Notice } from './components/Notice'
import { Reader, type ReaderHandle } from './components/Reader'
import { TopBar } from './components/TopBar'
import { ExportDialog, type ExportDone } from './export/ExportDialog'
import { ExportNotice } from './export/ExportNotice'
import { useShortcuts } from './state/use-shortcuts'
import { useWorkbench } from './state/use-workbench'
import { useTagColourSheet } from './state/use-tag-colour-sheet'

export function App({ client }: { client: ApiClient }) {
  const workbench = useWorkbench(client)
  const { project, document, selectedAnnotationId } = workbench
  const reader = useRef<ReaderHandle>(null)
  const tags = useMemo(() => project?.tags ?? [], [project])
  useTagColourSheet(tags)
  const [exportOpen, setExportOpen] = useState(false)
  const [exportDone, setExportDone] = useState<ExportDone | null>(null)

  function applyTag(tagId: string) {
    const span = reader.current?.selectedSpan()
    if (span) {
      reader.current?.clearTextSelection()
      void workbench.createAnnotation(tagId, span)
    } else if (selectedAnnotationId) {
      void workbench.setAnnotationTag(selectedAnnotationId, tagId)
    }
  }

  function selectFromList(annotationId: string) {
    workbench.selectAnnotation(annotationId)
    reader.current?.scrollToAnnotation(annotationId)
  }

  useShortcuts(tags, {
    applyTag,
    deleteSelected: () => {
      if (selectedAnnotationId) void workbench.deleteAnnotation(selectedAnnotationId)
    },
    clearSelection: () => {
      workbench.selectAnnotation(null)
      reader.current?.clearTextSelection()
    }
  })

  return (
    <div className="app">
      <TopBar
        projectName={project?.name ?? ''}
        mode={client.mode}
        tags={tags}
        saving={workbench.pendingWrites > 0}
        onApplyTag={applyTag}
        onOpenExport={() => setExportOpen(true)}
      />
      <main className="workspace">
        <DocumentList documents={workbench.documents} openDocumentId={document?.id ?? null} onOpen={workbench.openDocument} />
        <section className="pane reader-pane" aria-label="Reader">
          {document ? (
            <Reader
              key={document.id}
              document={document}
              selectedAnnotationId={selectedAnnotationId}
              onSelectAnnotation={workbench.selectAnnotation}
              handle={reader}
            />
          ) : (
            <p className="empty-hint">{project ? 'Choose a document on the left.' : 'Opening the project…'}</p>
          )}
        </section>
        <AnnotationList
          tags={tags}
          annotations={document?.annotations ?? []}
          selectedAnnotationId={selectedAnnotationId}
          onSelect={selectFromList}
        />
      </main>
      <Notice notice={workbench.notice} onDismiss={workbench.dismissNotice} />
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
    </div>
  )
}
