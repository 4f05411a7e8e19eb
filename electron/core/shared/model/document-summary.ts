import type { DocumentRecord, DocumentSummary } from './document'

/** What the document list shows of a document: its metadata, status and counts, never its text. */
export function summarize(document: DocumentRecord): DocumentSummary {
  return {
    ...describedBy(document),
    annotationCount: document.annotations.length,
    tagCounts: countTags(document),
    ...(document.annotations.length > 0 ? { tagCountsByAuthor: countTagsByAuthor(document) } : {}),
    ...(document.fields && Object.keys(document.fields).length > 0 ? { fields: document.fields } : {}),
    ...(document.doneBy && document.doneBy.length > 0 ? { doneBy: document.doneBy } : {})
  }
}

function countTags(document: DocumentRecord): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const annotation of document.annotations) counts[annotation.tag] = (counts[annotation.tag] ?? 0) + 1
  return counts
}

function countTagsByAuthor(document: DocumentRecord): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {}
  for (const { author, tag } of document.annotations) {
    const layer = (counts[author] ??= {})
    layer[tag] = (layer[tag] ?? 0) + 1
  }
  return counts
}

/** A document's identity, metadata and status, in the order the list and the exports show them. */
export function describedBy(document: DocumentRecord): Pick<DocumentRecord, 'id' | 'title' | 'source' | 'author' | 'date' | 'url' | 'language' | 'status'> {
  const { id, title, source, author, date, url, language, status } = document
  return { id, title, source, author, date, url, language, status }
}
