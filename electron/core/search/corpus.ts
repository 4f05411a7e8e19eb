import { listSummaries } from '../documents/handlers'
import { documentFor, type Reader } from '../layers/blind-reads'
import type { FindResult, TagAllResult } from '../shared/api-types'
import type { DocumentRecord } from '../shared/model/document'
import type { SearchFilter } from '../shared/model/search'
import type { ProjectStore } from '../store/project-store'
import { withContext, type TextMatch } from './find'
import { compileSearch, newBudget, type SearchQuery } from './query'

export type { FindResult, TagAllResult }

/**
 * The documents a search covers: one, or the whole project in its order, less those the filter leaves
 * out (outlet, status, publication date; a document without a date is left out by a date bound).
 */
export async function documentsToSearch(store: ProjectStore, documentId?: string, filter?: SearchFilter): Promise<DocumentRecord[]> {
  if (documentId !== undefined) return [await store.getDocument(documentId)]
  if (!filter) return store.listDocuments()
  const wanted = (await listSummaries(store)).filter((summary) => passes(filter, summary)).map((summary) => summary.id)
  return Promise.all(wanted.map((id) => store.getDocument(id)))
}

function passes(filter: SearchFilter, document: { source: string; status: string; date: string | null }): boolean {
  if (filter.outlets && !filter.outlets.includes(document.source)) return false
  if (filter.statuses && !filter.statuses.some((status) => status === document.status)) return false
  if ((filter.from || filter.to) && !document.date) return false
  if (filter.from && (document.date ?? '') < filter.from) return false
  if (filter.to && (document.date ?? '') > filter.to) return false
  return true
}

/** Each document with its matches (documents without any left out), under one time budget. */
export function matchDocuments(documents: readonly DocumentRecord[], query: SearchQuery): { document: DocumentRecord; matches: TextMatch[] }[] {
  const search = compileSearch(query)
  const budget = newBudget()
  const found: { document: DocumentRecord; matches: TextMatch[] }[] = []
  for (const document of documents) {
    const matches = search.matches(document.text, budget)
    if (matches.length > 0) found.push({ document, matches })
  }
  return found
}

export function findInDocuments(documents: readonly DocumentRecord[], query: SearchQuery, limit: number): FindResult {
  const result: FindResult = { total: 0, documents: [], matches: [], truncated: false }
  for (const { document, matches } of matchDocuments(documents, query)) {
    result.total += matches.length
    result.documents.push({ documentId: document.id, title: document.title, count: matches.length })
    for (const match of matches) {
      if (result.matches.length >= limit) {
        result.truncated = true
        break
      }
      result.matches.push({ documentId: document.id, ...withContext(document.text, match) })
    }
  }
  return result
}

/**
 * The matches in `document` not yet annotated with `tag` on exactly that span, among the annotations `reader` may
 * read: while blind mode hides another annotator's span, tagging it gives the reader their own (as
 * `annotations.create` does), and the count of those skipped says nothing of the other's work.
 */
export function untaggedMatches(document: DocumentRecord, matches: readonly TextMatch[], tag: string, reader: Reader): TextMatch[] {
  const tagged = new Set(documentFor(reader, document).annotations.filter((a) => a.tag === tag).map((a) => `${a.start}:${a.end}`))
  return matches.filter((m) => !tagged.has(`${m.start}:${m.end}`))
}
