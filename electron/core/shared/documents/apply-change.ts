import type { Events } from '../contract'
import type { Annotation } from '../model/annotation'
import type { DocumentRecord } from '../model/document'
import { compareReadingOrder } from '../model/reading-order'

/** A window's copy of a document: annotations kept in reading order (model/reading-order.ts). */
export type DocumentCopy = DocumentRecord

/** The index at which `annotation` goes in a list in reading order. */
function insertionIndex(list: readonly Annotation[], annotation: Annotation): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const item = list[middle]
    if (item && compareReadingOrder(item, annotation) <= 0) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * `copy` with the change a `document.changed` event announces applied: the annotations it names are
 * replaced by their stored state (or dropped when it has none), relations, status and metadata taken
 * from the event. Idempotent, so applying an event to a copy that already holds it changes nothing.
 * Null when the event cannot be applied (it carries no annotations): read the document again then.
 */
export function applyDocumentChange(copy: DocumentCopy, change: Events['document.changed']): DocumentCopy | null {
  if (change.documentId !== copy.id || !change.annotations) return null
  const named = new Set(change.annotationIds)
  for (const annotation of change.annotations) named.add(annotation.id)
  let annotations = named.size === 0 ? copy.annotations : copy.annotations.filter((annotation) => !named.has(annotation.id))
  // Few annotations per change as a rule: insert each; a large change (tag all) sorts once.
  if (change.annotations.length > 64) annotations = [...annotations, ...change.annotations].sort(compareReadingOrder)
  else if (change.annotations.length > 0) {
    annotations = [...annotations]
    for (const annotation of [...change.annotations].sort(compareReadingOrder)) annotations.splice(insertionIndex(annotations, annotation), 0, annotation)
  }
  const { summary } = change
  return {
    ...copy,
    title: summary.title,
    source: summary.source,
    author: summary.author,
    date: summary.date,
    url: summary.url,
    language: summary.language,
    status: summary.status,
    fields: summary.fields,
    doneBy: summary.doneBy,
    annotations,
    relations: change.relations ?? copy.relations
  }
}

/** A page of annotations added to a copy in reading order; ones the copy already holds (from an event or a write) are kept as they are. */
export function appendAnnotationPage(copy: DocumentCopy, page: readonly Annotation[]): DocumentCopy {
  if (page.length === 0) return copy
  const held = new Set(copy.annotations.map((annotation) => annotation.id))
  const fresh = page.filter((annotation) => !held.has(annotation.id))
  const last = copy.annotations.at(-1)
  const first = fresh[0]
  // Pages come in reading order after what was read so far; anything added meanwhile may sit anywhere.
  const inOrder = !last || !first || compareReadingOrder(last, first) <= 0
  const annotations = inOrder ? [...copy.annotations, ...fresh] : [...copy.annotations, ...fresh].sort(compareReadingOrder)
  return { ...copy, annotations }
}
