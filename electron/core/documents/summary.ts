import type { DocumentRecord, DocumentSummary } from '../model/document'

/** What the document list shows of a document. */
export function summarize(document: DocumentRecord): DocumentSummary {
  return {
    id: document.id,
    title: document.title,
    source: document.source,
    author: document.author,
    date: document.date,
    url: document.url,
    language: document.language,
    status: document.status,
    annotationCount: document.annotations.length,
    tagCounts: countTags(document)
  }
}

function countTags(document: DocumentRecord): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const annotation of document.annotations) counts[annotation.tag] = (counts[annotation.tag] ?? 0) + 1
  return counts
}
