import type { MessageKey } from '@core/shared/i18n/catalogue'
import { foldKey } from '@core/shared/text/fold'
import type { DocumentStatus, DocumentSummary } from '@core/shared/model/document'
import { fieldValueMatches } from '@core/shared/model/document-field-match'
import type { DocumentFieldDefinition } from '@core/shared/model/document-fields'

/** Each status's name, for `t()`. */
export const STATUS_MESSAGES: Record<DocumentStatus, MessageKey> = {
  'not-started': 'documents.status.notStarted',
  'in-progress': 'documents.status.inProgress',
  done: 'documents.status.done'
}


export const STATUS_ORDER: readonly DocumentStatus[] = ['not-started', 'in-progress', 'done']

export type SortKey = 'order' | 'status' | 'source' | 'date' | 'title'
export type SortDirection = 'asc' | 'desc'

/** What the document list shows: filters on the summaries the renderer already holds, and one order. */
export interface DocumentView {
  /** Words every shown title (or source, or author) contains, case- and accent-insensitive. */
  text: string
  status: DocumentStatus | 'all'
  /** An outlet's name, '' for documents without one, or 'all'. */
  source: string | 'all'
  sort: SortKey
  direction: SortDirection
  /** A whole-article label to match: the field and the value (a choice, a number, words of a text); none when null. */
  field?: FieldFilter | null
}

export interface FieldFilter {
  definition: DocumentFieldDefinition
  value: string
}

export const ALL_DOCUMENTS: DocumentView = { text: '', status: 'all', source: 'all', sort: 'order', direction: 'asc', field: null }

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Under the one loose folding: "Hamā" finds "hama", "حماة" finds "حماه". */
export function foldForSearch(text: string): string {
  return foldKey(text)
}

/** Counts per status over the whole project, whatever is filtered: the corpus progress. */
export function statusCounts(documents: readonly DocumentSummary[]): Record<DocumentStatus, number> {
  const counts: Record<DocumentStatus, number> = { 'not-started': 0, 'in-progress': 0, done: 0 }
  for (const document of documents) counts[document.status] += 1
  return counts
}

/** The distinct outlets, sorted for a menu. */
export function sourcesOf(documents: readonly DocumentSummary[]): string[] {
  return [...new Set(documents.map((document) => document.source))].sort(collator.compare)
}

/** The documents the view shows, in its order. */
export function applyView(documents: readonly DocumentSummary[], view: DocumentView): DocumentSummary[] {
  return filterDocuments(sortDocuments(documents, view.sort, view.direction), view)
}

/**
 * The documents that pass the view's filters, in the order given: linear in the number of documents,
 * and what runs on each keystroke (the sort runs only when the order or the corpus changes).
 */
export function filterDocuments(documents: readonly DocumentSummary[], view: Pick<DocumentView, 'text' | 'status' | 'source' | 'field'>): DocumentSummary[] {
  const words = foldForSearch(view.text).split(/\s+/).filter(Boolean)
  const field = view.field && view.field.value !== '' ? view.field : null
  return documents.filter((document) => {
    if (view.status !== 'all' && document.status !== view.status) return false
    if (view.source !== 'all' && document.source !== view.source) return false
    if (field && !fieldValueMatches(field.definition, document.fields?.[field.definition.id], field.value)) return false
    if (words.length === 0) return true
    const haystack = searchTextOf(document)
    return words.every((word) => haystack.includes(word))
  })
}

/**
 * The documents in one order; the project's own order is kept among equal keys (the sort is stable),
 * and documents with no date or source go last whichever the direction.
 */
export function sortDocuments(documents: readonly DocumentSummary[], sort: SortKey, direction: SortDirection): readonly DocumentSummary[] {
  if (sort === 'order') return direction === 'asc' ? documents : [...documents].reverse()
  const sign = direction === 'asc' ? 1 : -1
  const compare = comparators[sort]
  return [...documents].sort((a, b) => {
    const missingA = isMissing(a, sort)
    const missingB = isMissing(b, sort)
    if (missingA || missingB) return Number(missingA) - Number(missingB)
    return sign * compare(a, b)
  })
}

/** Each summary's folded text, computed once: a summary object is replaced, never changed, when its document changes. */
const searchTexts = new WeakMap<DocumentSummary, string>()

function searchTextOf(document: DocumentSummary): string {
  let text = searchTexts.get(document)
  if (text === undefined) {
    text = foldForSearch(`${document.title}\n${document.source}\n${document.author}`)
    searchTexts.set(document, text)
  }
  return text
}

const comparators: Record<Exclude<SortKey, 'order'>, (a: DocumentSummary, b: DocumentSummary) => number> = {
  status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  source: (a, b) => collator.compare(a.source, b.source),
  date: (a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0),
  title: (a, b) => collator.compare(a.title, b.title)
}

function isMissing(document: DocumentSummary, key: SortKey): boolean {
  if (key === 'date') return !document.date
  if (key === 'source') return !document.source
  return false
}
