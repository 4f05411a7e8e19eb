/** What the reader pane shows without a document: how to import into an empty project. */
export function EmptyReader({ projectLoaded, documentCount, onImport }: { projectLoaded: boolean; documentCount: number; onImport(): void }) {
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
