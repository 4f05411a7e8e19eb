/** Reading a document in pages, as the reader does, for the core's tests. */
import type { Core } from '../core'
import type { DocumentRecord } from '../shared/model/document'
import { appendAnnotationPage } from '../shared/documents/apply-change'
import { compareReadingOrder } from '../shared/model/reading-order'

/** Reads a document the way the reader does: the opening, then every page after its cursor. */
export async function readInPages(core: Core, documentId: string, limit: number): Promise<{ record: DocumentRecord; pages: number; revision: number }> {
  const opening = await core.call('documents.open', { documentId, limit })
  let record: DocumentRecord = { ...opening.document, annotations: opening.annotations }
  let next = opening.next
  let pages = 1
  while (next) {
    const page = await core.call('documents.annotations', { documentId, after: next, limit })
    record = appendAnnotationPage(record, page.annotations)
    next = page.next
    pages += 1
  }
  return { record, pages, revision: opening.revision }
}

export function inPagingOrder(record: DocumentRecord): DocumentRecord {
  return { ...record, annotations: [...record.annotations].sort(compareReadingOrder) }
}
