import type { Events } from '../contract'
import type { DocumentRecord } from '../model/document'
import { summarize } from '../model/document-summary'

/** The `document.changed` payload for a document whose whole content may have changed (a restore, a late save). */
export function wholeDocumentChanged(document: DocumentRecord): Events['document.changed'] {
  return {
    documentId: document.id,
    annotationCount: document.annotations.length,
    annotationIds: document.annotations.map((annotation) => annotation.id),
    fields: ['annotations', 'status', 'metadata'],
    summary: summarize(document)
  }
}
