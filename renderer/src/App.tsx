import { useRef, useState } from 'react'
import type { ApiClient } from './api/client'
import { AnnotationList } from './components/AnnotationList'
import { DocumentDetails } from './components/DocumentDetails'
import { DocumentList } from './components/DocumentList'
import { ImportCenter } from './components/ImportCenter'
import { Notice } from './components/Notice'
import { Reader, type ReaderHandle } from './components/Reader'
import { TopBar } from './components/TopBar'
import { useShortcuts } from './state/use-shortcuts'
import { useWorkbench } from './state/use-workbench'
import { useTagColourSheet } from './state/use-tag-colour-sheet'
import { useEditedSummaries, useProjectTags } from './import/use-project-tags'

export function App({ client }: { client: ApiClient }) {
  const workbench = useWorkbench(client)
  const { project, document, selectedAnnotationId } = workbench
  const reader = useRef<ReaderHandle>(null)
  const tags = useProjectTags(client, project)
  useTagColourSheet(tags)
  const documents = useEditedSummaries(client, workbench.documents)
  const [importOpen, setImportOpen] = useState(false)

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
        onExport={(format) => void workbench.exportProject(format)}
        onImport={() => setImportOpen(true)}
      />
      <main className="workspace">
        <DocumentList documents={documents} openDocumentId={document?.id ?? null} onOpen={workbench.openDocument} />
        <section className="pane reader-pane" aria-label="Reader">
          <div className="details-slot">{document && <DocumentDetails key={document.id} client={client} documentId={document.id} metadata={document} />}</div>
          {document ? (
            <Reader
              key={document.id}
              document={document}
              selectedAnnotationId={selectedAnnotationId}
              onSelectAnnotation={workbench.selectAnnotation}
              handle={reader}
            />
          ) : (
            <EmptyReader projectLoaded={project !== null} documentCount={documents.length} onImport={() => setImportOpen(true)} />
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
      <ImportCenter client={client} open={importOpen} onOpenChange={setImportOpen} onOpenDocument={workbench.openDocument} />
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
