import type { DocumentSummary } from '@core/model/document'
import { formatDate } from '../format/date'

interface DocumentListProps {
  documents: readonly DocumentSummary[]
  openDocumentId: string | null
  onOpen(documentId: string): void
}

export function DocumentList({ documents, openDocumentId, onOpen }: DocumentListProps) {
  return (
    <nav className="pane document-pane" aria-label="Documents">
      <h2 className="pane-title">
        Documents <span className="pane-count">{documents.length}</span>
      </h2>
      <ul className="document-list">
        {documents.map((doc) => (
          <li key={doc.id}>
            <button
              type="button"
              className={doc.problem ? 'document-item document-item-damaged' : 'document-item'}
              aria-current={doc.id === openDocumentId ? 'true' : undefined}
              onClick={() => onOpen(doc.id)}
            >
              <span className="document-title">{doc.title}</span>
              {doc.problem ? (
                <span className="document-problem">{doc.problem}</span>
              ) : (
                <span className="document-meta">
                  <span>{doc.source || 'Unknown source'}</span>
                  <span aria-hidden="true"> · </span>
                  <time dateTime={doc.date ?? undefined}>{formatDate(doc.date)}</time>
                </span>
              )}
              <span className="document-count" aria-label={`${doc.annotationCount} annotations`}>
                {doc.annotationCount}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
