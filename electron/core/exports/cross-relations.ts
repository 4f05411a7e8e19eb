import type { CrossRelation } from '../shared/model/cross-relation'
import type { DocumentRecord } from '../shared/model/document'

/**
 * The relations across documents an export holds: those whose two ends are both in it (their documents
 * selected, their annotations kept by the tag and annotator filters). Each is given with the document
 * of its source end, the line or item that carries it. The other end's document is read once, when a
 * relation points to it, and only its kept annotation ids are remembered.
 */
export function crossRelationExport(
  relations: () => Promise<readonly CrossRelation[]>,
  selectedEnds: (documentId: string) => Promise<ReadonlySet<string> | null>
): (document: DocumentRecord) => Promise<CrossRelation[]> {
  const kept = new Map<string, Promise<ReadonlySet<string> | null>>()
  const keptIn = (documentId: string) => {
    let found = kept.get(documentId)
    if (!found) kept.set(documentId, (found = selectedEnds(documentId).catch(() => null)))
    return found
  }
  return async (document) => {
    const from = (await relations()).filter((r) => r.fromDocumentId === document.id)
    if (from.length === 0) return []
    const here = new Set(document.annotations.map((a) => a.id))
    const out: CrossRelation[] = []
    for (const relation of from) {
      if (!here.has(relation.from)) continue
      if ((await keptIn(relation.toDocumentId))?.has(relation.to)) out.push(relation)
    }
    return out
  }
}
