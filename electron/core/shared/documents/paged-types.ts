import type { Annotation } from '../model/annotation'
import type { DocumentRecord } from '../model/document'

/** Where a page of annotations ends: the last one given, in reading order; the next page starts after it. */
export interface AnnotationCursor {
  start: number
  end: number
  id: string
}

/** One page of a document's annotations in reading order (start, then the longer span first, then id). */
export interface AnnotationPage {
  annotations: Annotation[]
  /** Pass as `after` for the next page; null when this page ends the document. */
  next: AnnotationCursor | null
  /** The document's revision when the page was read (see `document.changed`). */
  revision: number
}

/**
 * The opening of a document read in slices: everything but the annotations, their count, and the first
 * page of them (the spans at the top of the text, where the reader opens). The rest come with
 * `documents.annotations`; changes meanwhile come as `document.changed` events of a later revision.
 */
export interface DocumentOpening extends AnnotationPage {
  document: Omit<DocumentRecord, 'annotations'>
  annotationCount: number
}
