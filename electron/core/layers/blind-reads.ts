import type { DocumentCommand } from '../documents/commands'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import type { DocumentRecord, DocumentSummary } from '../shared/model/document'
import { isBlind, readableDocument, readableSummary, visibleTo } from './blind-mode'

/**
 * Who reads another annotator's work, and whether the project is in blind mode: every read a window or the CLI
 * makes of the project's annotations beyond the reader's (counts, corpus views, Tag all, exports, agreement and
 * adjudication, links and relations) takes one, so blind mode hides the same things everywhere.
 */
export interface Reader {
  readonly author: string
  readonly blindMode: boolean
}

/** The annotator working now, under the project's blind mode as it is set now. */
// Typed by what it reads rather than as the CoreContext: the views' index, which the context holds, imports this module.
export function readerOf(context: { readonly author: string; readonly store: { readonly info: { readonly blindMode?: boolean } } }): Reader {
  return { author: context.author, blindMode: context.store.info.blindMode === true }
}

/** Reading every layer: blind mode off (a reviewer's bench, a test). */
export const EVERY_LAYER: Reader = { author: '', blindMode: false }

/**
 * What the corpus views' extracts depend on beyond the documents' files: '' when not blind (every layer), else
 * the blind annotator. A stored extract taken under another viewpoint is stale (see `stampFor`).
 */
export function viewpointOf(reader: Reader): string {
  return reader.blindMode ? `blind:${reader.author}` : ''
}

/** A document's file stamp as the views' index records it: the viewpoint added, so a change of it makes the extract stale. */
export function stampFor(reader: Reader, fileStamp: string): string {
  const viewpoint = viewpointOf(reader)
  return viewpoint === '' ? fileStamp : `${fileStamp}|${viewpoint}`
}

/** Whether others' work on this document is hidden from the reader (blind, and not done for them). */
export function hidesOthers(reader: Reader, document: Pick<DocumentRecord, 'doneBy'>): boolean {
  return isBlind(reader.blindMode, document, reader.author)
}

/** The document as the reader may read it: whole, or their own work and no one's. */
export function documentFor(reader: Reader, document: DocumentRecord): DocumentRecord {
  return readableDocument(document, reader.blindMode, reader.author)
}

/** A document's summary as the reader may read it: counts of their own work only while blind. */
export function summaryFor(reader: Reader, summary: DocumentSummary): DocumentSummary {
  return readableSummary(summary, reader.blindMode, reader.author)
}

/**
 * Refuses a link to an entity, or a relation, that starts or ends at an annotation hidden from the reader: while
 * blind another annotator's annotation is not theirs to build on (the reader shows none). Checked against the
 * document as stored, before any command applies, so nothing is written.
 */
export function refuseHiddenEnds(reader: Reader, document: DocumentRecord, commands: readonly DocumentCommand[]): void {
  if (!hidesOthers(reader, document)) return
  const byId = new Map(document.annotations.map((annotation) => [annotation.id, annotation]))
  const refuse = (annotationId: string): void => {
    const annotation = byId.get(annotationId)
    if (annotation && !visibleTo(reader.author, annotation)) {
      throw new ApiError('invalid-input', said('problems.layers.hiddenWhileBlind', { annotator: annotation.author, title: document.title }))
    }
  }
  for (const command of commands) {
    if (command.type === 'setEntity') refuse(command.annotationId)
    else if (command.type === 'addRelation') {
      refuse(command.relation.from)
      refuse(command.relation.to)
    }
  }
}

/** Whether the reader may build on an annotation of `document` (a cross-document relation's end). */
export function refuseHiddenAnnotation(reader: Reader, document: DocumentRecord, annotationId: string): void {
  refuseHiddenEnds(reader, document, [{ type: 'setEntity', annotationId, entityId: null, updatedAt: '' }])
}
