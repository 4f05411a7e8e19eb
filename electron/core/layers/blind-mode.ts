import type { EventName, Events } from '../shared/contract'
import type { DocumentRecord, DocumentSummary } from '../shared/model/document'

/**
 * Blind mode keeps double annotation independent: while the project has it on, an annotator reading a document
 * gets only their own layer (and annotations that belong to no one, author ''), until they mark the document done
 * for themselves (`documents.setDoneForMe`). The core applies it to every read of a document's annotations a window
 * makes (`documents.get`, `documents.open`, `documents.annotations`) and to the `document.changed` events it
 * announces, so no shell has to hide anything. Every other read of another annotator's work (the list's counts,
 * the corpus views, Tag all, exports, agreement, links and relations) goes through `blind-reads.ts`, which applies
 * this same rule.
 */
export function isBlind(blindMode: boolean | undefined, document: Pick<DocumentRecord, 'doneBy'>, author: string): boolean {
  return blindMode === true && !(document.doneBy ?? []).includes(author)
}

/** Whether an annotator may see an annotation (or relation) while blind: their own, or no one's. */
export function visibleTo(author: string, item: { author: string }): boolean {
  return item.author === author || item.author === ''
}

// The store replaces a document's record on each change, so a filtered copy is valid as long as its record
// (and the paged reads' sort cache, keyed by record, then sorts each copy once).
const blindCopies = new WeakMap<DocumentRecord, { author: string; copy: DocumentRecord }>()

/** The document as `author` may read it while blind: others' annotations, and relations touching them, left out. */
export function blindView(document: DocumentRecord, author: string): DocumentRecord {
  const cached = blindCopies.get(document)
  if (cached?.author === author) return cached.copy
  const annotations = document.annotations.filter((annotation) => visibleTo(author, annotation))
  const kept = new Set(annotations.map((annotation) => annotation.id))
  const relations = document.relations.filter((relation) => visibleTo(author, relation) && kept.has(relation.from) && kept.has(relation.to))
  const copy = annotations.length === document.annotations.length && relations.length === document.relations.length ? document : { ...document, annotations, relations }
  blindCopies.set(document, { author, copy })
  return copy
}

/** The document as `author` may read it now: whole, or their blind view. */
export function readableDocument(document: DocumentRecord, blindMode: boolean | undefined, author: string): DocumentRecord {
  return isBlind(blindMode, document, author) ? blindView(document, author) : document
}

/**
 * A `document.changed` event as a blind annotator's windows may hear it: others' annotations left out (their ids
 * stay listed, so a window that held one drops it, as for a removal), the relations filtered as in `blindView`,
 * and the counts (the event's and its summary's) of their own work only.
 */
export function readableChange(change: Events['document.changed'], blindMode: boolean | undefined, author: string): Events['document.changed'] {
  if (!isBlind(blindMode, change.summary, author)) return { ...change, summary: readableSummary(change.summary, blindMode, author) }
  const annotations = change.annotations?.filter((annotation) => visibleTo(author, annotation))
  const summary = blindSummary(change.summary, author)
  return {
    ...change,
    summary,
    annotationCount: summary.annotationCount,
    ...(annotations ? { annotations } : {}),
    ...(change.relations ? { relations: change.relations.filter((relation) => visibleTo(author, relation)) } : {})
  }
}

/** Any event as a blind annotator's windows may hear it (only `document.changed` carries annotations). */
export function readableEvent<E extends EventName>(event: E, payload: Events[E], blindMode: boolean | undefined, author: string): Events[E] {
  if (event !== 'document.changed') return payload
  // The event name was just checked, so the payload is that event's; TypeScript does not narrow a generic by it.
  return readableChange(payload as Events['document.changed'], blindMode, author) as Events[E]
}

/**
 * A document's summary as `author` may read it while blind: the counts of their own annotations and of no one's.
 * The summary's per-annotator counts (kept by the project index for this) never leave the core.
 */
export function blindSummary(summary: DocumentSummary, author: string): DocumentSummary {
  const tagCounts: Record<string, number> = {}
  let annotationCount = 0
  const add = (layer: Record<string, number> | undefined): void => {
    for (const tag in layer) {
      const count = layer[tag] as number
      tagCounts[tag] = (tagCounts[tag] ?? 0) + count
      annotationCount += count
    }
  }
  add(summary.tagCountsByAuthor?.[author])
  if (author !== '') add(summary.tagCountsByAuthor?.[''])
  return { ...summary, tagCountsByAuthor: undefined, annotationCount, tagCounts }
}

/** A summary as `author` may read it now: whole (less the per-annotator counts), or their blind summary. */
export function readableSummary(summary: DocumentSummary, blindMode: boolean | undefined, author: string): DocumentSummary {
  if (isBlind(blindMode, summary, author)) return blindSummary(summary, author)
  // Set to undefined rather than deleted: a copy with a key deleted is several times slower to make, and JSON leaves it out all the same.
  return summary.tagCountsByAuthor === undefined ? summary : { ...summary, tagCountsByAuthor: undefined }
}
