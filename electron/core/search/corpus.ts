import type { FindResult, TagAllResult } from '../shared/api-types'
import type { DocumentRecord } from '../shared/model/document'
import type { ProjectStore } from '../store/project-store'
import { findInText, withContext, type FindOptions, type TextMatch } from './find'

export type { FindResult, TagAllResult }

/** The documents a search covers: one, or the whole project in its order. */
export async function documentsToSearch(store: ProjectStore, documentId?: string): Promise<DocumentRecord[]> {
  return documentId === undefined ? store.listDocuments() : [await store.getDocument(documentId)]
}

export function findInDocuments(documents: readonly DocumentRecord[], query: string, options: FindOptions, limit: number): FindResult {
  const result: FindResult = { total: 0, documents: [], matches: [], truncated: false }
  for (const document of documents) {
    const found = findInText(document.text, query, options)
    if (found.length === 0) continue
    result.total += found.length
    result.documents.push({ documentId: document.id, title: document.title, count: found.length })
    for (const match of found) {
      if (result.matches.length >= limit) {
        result.truncated = true
        break
      }
      result.matches.push({ documentId: document.id, ...withContext(document.text, match) })
    }
  }
  return result
}

/** The matches in `document` not yet annotated with `tag` on exactly that span. */
export function untaggedMatches(document: DocumentRecord, matches: readonly TextMatch[], tag: string): TextMatch[] {
  const tagged = new Set(document.annotations.filter((a) => a.tag === tag).map((a) => `${a.start}:${a.end}`))
  return matches.filter((m) => !tagged.has(`${m.start}:${m.end}`))
}
