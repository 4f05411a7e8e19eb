import type { Annotation } from '../model/annotation'
import type { DocumentRecord } from '../model/document'
import { compareReadingOrder } from '../model/reading-order'
import type { AnnotationCursor, AnnotationPage, DocumentOpening } from './paged-types'

/** The reading order pages follow (model/reading-order.ts); kept under this name for the renderer's tests. */

// The store replaces a document's record on each change, so a sorted copy is valid as long as its record.
const sortedByRecord = new WeakMap<DocumentRecord, readonly Annotation[]>()

function sortedAnnotations(document: DocumentRecord): readonly Annotation[] {
  let sorted = sortedByRecord.get(document)
  if (!sorted) sortedByRecord.set(document, (sorted = [...document.annotations].sort(compareReadingOrder)))
  return sorted
}

/** The index of the first annotation strictly after `cursor` in reading order. */
function indexAfter(sorted: readonly Annotation[], cursor: AnnotationCursor): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const item = sorted[middle]
    if (item && compareReadingOrder(item, cursor) <= 0) low = middle + 1
    else high = middle
  }
  return low
}

/** Up to `limit` annotations after `after` (from the first when null), in reading order. */
export function annotationPage(document: DocumentRecord, after: AnnotationCursor | null, limit: number, revision: number): AnnotationPage {
  const sorted = sortedAnnotations(document)
  const from = after ? indexAfter(sorted, after) : 0
  const annotations = sorted.slice(from, from + limit)
  const last = annotations.at(-1)
  const next = last && from + limit < sorted.length ? { start: last.start, end: last.end, id: last.id } : null
  return { annotations, next, revision }
}

/** The document without its annotations, with the first page of them. */
export function documentOpening(document: DocumentRecord, limit: number, revision: number): DocumentOpening {
  const { annotations, ...rest } = document
  return { document: rest, annotationCount: annotations.length, ...annotationPage(document, null, limit, revision) }
}
