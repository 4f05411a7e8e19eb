import type { Events } from '../shared/contract'
import type { Annotation } from '../shared/model/annotation'
import type { DocumentRecord } from '../shared/model/document'
import { summarize } from '../shared/model/document-summary'

type ChangedField = Events['document.changed']['fields'][number]

/**
 * The `document.changed` payload for a change to some annotations: it carries the stored state of each
 * one still in the document (an id listed but absent was removed) and the relations, so a window can
 * patch its copy instead of reading the whole document again. `revision` is the one the caller counted
 * for this announcement (`context.revisions.next`).
 */
export function documentChangedPayload(
  document: DocumentRecord,
  revision: number,
  annotationIds: readonly string[],
  fields: readonly ChangedField[]
): Events['document.changed'] {
  const ids = [...new Set(annotationIds)]
  const wanted = new Set(ids)
  const annotations: Annotation[] = wanted.size === 0 ? [] : document.annotations.filter((annotation) => wanted.has(annotation.id))
  return {
    documentId: document.id,
    revision,
    annotationCount: document.annotations.length,
    annotationIds: ids,
    annotations,
    relations: document.relations,
    fields: [...fields],
    summary: summarize(document)
  }
}

/**
 * The payload for a document whose whole content may have changed (a restore, a late save): no
 * annotations to patch with, so windows read the document again.
 */
export function wholeDocumentChangedPayload(document: DocumentRecord, revision: number): Events['document.changed'] {
  return {
    documentId: document.id,
    revision,
    annotationCount: document.annotations.length,
    annotationIds: document.annotations.map((annotation) => annotation.id),
    fields: ['annotations', 'status', 'metadata'],
    summary: summarize(document)
  }
}
