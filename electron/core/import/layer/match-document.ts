import type { DuplicateIndex } from '../duplicate-index'
import { nearDuplicate, shingleSimilarity, type Fingerprint } from '../duplicates'
import type { LayerMatch } from '../../shared/import/report'

/** The project's document a layer file's document belongs to, and how that was decided. */
export interface DocumentMatch {
  documentId: string
  title: string
  matchedBy: LayerMatch
  /** 1 for the same text; for a near-duplicate, the share of word 5-grams the two texts share. */
  similarity: number
  /** True when the project's text is the file's exactly: offsets carry over unchanged. */
  sameText: boolean
}

/**
 * Finds the project's document by the id the file gives it, else by exact text hash, else by the
 * near-duplicate detector (the import's MinHash/LSH index, `known`). An id is trusted only when its
 * document's text is the same or a near-duplicate of the file's: ids like `doc1` recur across projects,
 * and a layer added to an unrelated article would be worse than one reported not found.
 */
export function matchDocument(print: Fingerprint, fileId: string | undefined, known: DuplicateIndex, isStored: (id: string) => boolean): DocumentMatch | null {
  const byId = fileId !== undefined && isStored(fileId) ? known.get(fileId) : undefined
  if (byId) {
    if (byId.textHash === print.textHash) return { documentId: byId.id, title: byId.title, matchedBy: 'id', similarity: 1, sameText: true }
    const near = nearDuplicate(print, byId)
    if (near?.kind === 'near-duplicate') return { documentId: byId.id, title: byId.title, matchedBy: 'id', similarity: similarity(print, byId, near.similarity), sameText: false }
  }
  const verdict = known.verdict(print, isStored)
  if (verdict?.kind === 'duplicate') return { documentId: verdict.of.id, title: verdict.of.title, matchedBy: 'text', similarity: 1, sameText: true }
  if (verdict?.kind === 'near-duplicate') return { documentId: verdict.of.id, title: verdict.of.title, matchedBy: 'near-duplicate', similarity: similarity(print, verdict.of, verdict.similarity), sameText: false }
  return null
}

/** The 5-grams shared, also for a body matched under another headline (which the detector counts as 1): the report should not say 100% of two texts that differ. */
function similarity(a: Fingerprint, b: Fingerprint, verdict: number): number {
  const shared = shingleSimilarity(a, b)
  return shared > 0 ? shared : verdict
}
