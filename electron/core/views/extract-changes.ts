import type { DocumentExtract } from './extract'

export interface ExtractChange {
  /** The extract the aggregate last counted, or undefined for a new document. */
  before: DocumentExtract | undefined
  /** The extract now, or undefined for a document that is gone. */
  after: DocumentExtract | undefined
}

/**
 * Which documents' extracts changed since the last call, by identity (the view index replaces a
 * document's extract when the document changes and keeps it otherwise). Lets an aggregate subtract
 * what it counted for a document and add the new, instead of counting the corpus again.
 */
export class ExtractTracker {
  private seen = new Map<string, DocumentExtract>()

  changes(extracts: readonly DocumentExtract[]): ExtractChange[] {
    const current = new Map<string, DocumentExtract>()
    const changed: ExtractChange[] = []
    for (const extract of extracts) {
      current.set(extract.documentId, extract)
      const before = this.seen.get(extract.documentId)
      if (before !== extract) changed.push({ before, after: extract })
    }
    for (const [id, before] of this.seen) if (!current.has(id)) changed.push({ before, after: undefined })
    this.seen = current
    return changed
  }
}
