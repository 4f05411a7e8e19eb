import type { CoreContext, HandlersFor } from '../context'
import type { DocumentRecord, DocumentSummary } from '../model/document'
import { documentFromText } from './from-text'

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

/** A damaged document file costs the user that document only: it is listed with its problem, the rest stay usable. */
function unreadableSummary(id: string, error: unknown): DocumentSummary {
  return {
    id,
    title: `Unreadable document ${id}`,
    source: '',
    author: '',
    date: null,
    url: '',
    language: '',
    status: 'not-started',
    annotationCount: 0,
    tagCounts: {},
    problem: error instanceof Error ? error.message : String(error)
  }
}

/** Adds documents to the project and announces them once they are on disk. */
export async function addDocuments(context: CoreContext, records: DocumentRecord[]): Promise<DocumentSummary[]> {
  await context.store.addDocuments(records)
  context.emit('documents.added', { documentIds: records.map((r) => r.id) })
  return records.map(summarize)
}

/** Every document of the project, summarised, in the project's order; damaged ones carry their problem. */
export function listSummaries(store: CoreContext['store']): Promise<DocumentSummary[]> {
  return Promise.all(store.info.documentIds.map((id) => store.getDocument(id).then(summarize, (error: unknown) => unreadableSummary(id, error))))
}

export const documentHandlers: HandlersFor<'documents.list' | 'documents.get' | 'documents.importText'> = {
  'documents.list': (_input, { store }) => listSummaries(store),
  'documents.get': ({ documentId }, { store }) => store.getDocument(documentId),
  'documents.importText': (input, context) =>
    // Every file is checked before anything is written: one bad file imports nothing.
    addDocuments(
      context,
      input.files.map((file) => documentFromText(file.fileName, file.content))
    )
}
