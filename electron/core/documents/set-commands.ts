import type { RemovedDocument } from '../store/document-removal'

/**
 * Changes to which documents the project holds, for the history: `remove` takes documents out (the
 * inverse holds each whole, annotations, relations and entity links inside it, with its place in the
 * list), `restore` puts them back. Relations join annotations of one document, and entities point to
 * nothing in a document (its annotations point to them), so a document's record is all there is to keep.
 */
export type DocumentSetCommand = { type: 'remove'; documentIds: string[] } | { type: 'restore'; documents: RemovedDocument[] }
