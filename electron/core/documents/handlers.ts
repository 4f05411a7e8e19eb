import type { CoreContext, HandlersFor } from '../context'
import type { DocumentRecord, DocumentSummary } from '../model/document'
import { runAction } from '../history/actions'
import { quoteForLabel } from '../history/labels'
import type { DocumentCommand } from './commands'
import { summarize } from './summary'
import { documentFromText } from './from-text'

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

const STATUS_WORDS = { 'not-started': 'not started', 'in-progress': 'in progress', done: 'done' } as const

/** Runs document-level commands as one undoable action and answers with the document as listed. */
async function changeDocument(context: CoreContext, documentId: string, label: (title: string) => string, commands: DocumentCommand[]) {
  const title = (await context.store.getDocument(documentId)).title
  await runAction(context, { label: label(quoteForLabel(title)) }, (action) => action.document(documentId, commands))
  return summarize(await context.store.getDocument(documentId))
}

export const documentHandlers: HandlersFor<
  'documents.list' | 'documents.get' | 'documents.importText' | 'documents.setStatus' | 'documents.updateMetadata'
> = {
  'documents.setStatus': ({ documentId, status }, context) =>
    changeDocument(context, documentId, (title) => `mark ${title} ${STATUS_WORDS[status]}`, [{ type: 'setStatus', status }]),
  'documents.updateMetadata': ({ documentId, changes }, context) =>
    changeDocument(context, documentId, (title) => `edit the details of ${title}`, [{ type: 'updateMetadata', changes }]),
  'documents.list': (_input, { store }) => listSummaries(store),
  'documents.get': ({ documentId }, { store }) => store.getDocument(documentId),
  'documents.importText': (input, context) =>
    // Every file is checked before anything is written: one bad file imports nothing.
    addDocuments(
      context,
      input.files.map((file) => documentFromText(file.fileName, file.content))
    )
}
