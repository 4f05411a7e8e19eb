import type { CoreContext, HandlersFor } from '../context'
import type { DocumentSummary } from '../shared/model/document'
import { runAction } from '../history/actions'
import { shortQuote } from '../history/labels'
import type { HistoryKey } from '../shared/i18n/history-message'
import type { DocumentCommand } from './commands'
import { removeDocuments } from './removal'
import { summarize } from '../shared/model/document-summary'
import { annotationPage, documentOpening } from '../shared/documents/paged-read'
import { readableDocument } from '../layers/blind-mode'
import { readerOf, summaryFor } from '../layers/blind-reads'

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

/** Every document of the project, summarised, in the project's order; damaged ones carry their problem. */
export function listSummaries(store: CoreContext['store']): Promise<DocumentSummary[]> {
  return store.listSummaries(unreadableSummary)
}

const MARKED = { 'not-started': 'history.document.markNotStarted', 'in-progress': 'history.document.markInProgress', done: 'history.document.markDone' } as const satisfies Record<string, HistoryKey>

/** A document as the annotator working now may read it (blind mode, layers/blind-mode.ts). */
async function readDocument({ store, author }: CoreContext, documentId: string) {
  return readableDocument(await store.getDocument(documentId), store.info.blindMode, author)
}

/** Runs document-level commands as one undoable action and answers with the document as listed. */
async function changeDocument(context: CoreContext, documentId: string, key: HistoryKey, commands: DocumentCommand[]) {
  const title = shortQuote((await context.store.getDocument(documentId)).title)
  await runAction(context, { message: { key, values: { title } } }, (action) => action.document(documentId, commands))
  return summaryFor(readerOf(context), summarize(await context.store.getDocument(documentId)))
}

export const documentHandlers: HandlersFor<
  | 'documents.list'
  | 'documents.get'
  | 'documents.open'
  | 'documents.annotations'
  | 'documents.setStatus'
  | 'documents.setDoneForMe'
  | 'documents.updateMetadata'
  | 'documents.remove'
> = {
  'documents.remove': ({ documentIds }, context) => removeDocuments(context, documentIds),
  'documents.setStatus': ({ documentId, status }, context) =>
    changeDocument(context, documentId, MARKED[status], [{ type: 'setStatus', status }]),
  'documents.setDoneForMe': ({ documentId, done }, context) =>
    changeDocument(context, documentId, done ? 'history.document.markDoneForMe' : 'history.document.unmarkDoneForMe', [
      { type: 'setDoneBy', author: context.author, done }
    ]),
  'documents.updateMetadata': ({ documentId, changes }, context) =>
    changeDocument(context, documentId, 'history.document.details', [{ type: 'updateMetadata', changes }]),
  'documents.list': async (_input, context) => {
    const { store, views } = context
    const reader = readerOf(context)
    const summaries = (await listSummaries(store)).map((summary) => summaryFor(reader, summary))
    // One the list could not read changed on disk since the views read it (another program, a failing disk): they read it again.
    for (const summary of summaries) if (summary.problem !== undefined) views.invalidate(summary.id)
    // A window has listed the documents: the app is interactive, so the views' index may be built now.
    views.warmSoon()
    return summaries
  },
  'documents.get': ({ documentId }, context) => readDocument(context, documentId),
  // The revision is read after the document: a change in between is in the record and also announced.
  'documents.open': async ({ documentId, limit }, context) => {
    const document = await readDocument(context, documentId)
    return documentOpening(document, limit, context.revisions.current(documentId))
  },
  'documents.annotations': async ({ documentId, after, limit }, context) => {
    const document = await readDocument(context, documentId)
    return annotationPage(document, after, limit, context.revisions.current(documentId))
  }
}
