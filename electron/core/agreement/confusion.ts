import { layerOf, sharedDocuments, tagsUsed } from './corpus'
import { overlapMatching } from './span-match'
import { documentTokens, labelTokens } from './token-labels'
import type { ConfusionTable, Coverage, TagSwap } from '../shared/model/agreement'
import { NONE, type AgreementDocument } from './types'

export type { ConfusionTable, TagSwap } from '../shared/model/agreement'

/** Token by token, each token's label (the innermost covering span's tag, see `labelTokens`). */
export function tokenConfusion(documents: readonly AgreementDocument[], annotators: readonly [string, string]): ConfusionTable {
  const { shared, coverage } = sharedDocuments(documents, annotators)
  const table = emptyTable('confusion of token labels', tagsUsed(shared, annotators), 'tokens', coverage)
  for (const document of shared) {
    const tokens = documentTokens(document)
    const first = labelTokens(tokens, layerOf(document, annotators[0]) ?? []).labels
    const second = labelTokens(tokens, layerOf(document, annotators[1]) ?? []).labels
    first.forEach((label, index) => count(table, label, second[index] ?? NONE))
  }
  return table
}

/**
 * Span by span: spans of one tag that overlap pair first (the diagonal), then what is left pairs with an
 * overlapping span of another tag (a swap), and what is still left is counted against NONE.
 */
export function spanConfusion(documents: readonly AgreementDocument[], annotators: readonly [string, string]): ConfusionTable {
  const { shared, coverage } = sharedDocuments(documents, annotators)
  const table = emptyTable('confusion of overlapping spans', tagsUsed(shared, annotators), 'spans', coverage)
  for (const document of shared) {
    const sameTag = overlapMatching(layerOf(document, annotators[0]) ?? [], layerOf(document, annotators[1]) ?? [], true)
    const otherTag = overlapMatching(sameTag.unmatchedFirst, sameTag.unmatchedSecond, false)
    for (const { first, second } of [...sameTag.pairs, ...otherTag.pairs]) count(table, first.tag, second.tag)
    for (const span of otherTag.unmatchedFirst) count(table, span.tag, NONE)
    for (const span of otherTag.unmatchedSecond) count(table, NONE, span.tag)
  }
  return table
}

/** The off-diagonal cells between two tags (not NONE), most frequent first: the tags the two annotators swap. */
export function tagSwaps(table: ConfusionTable): TagSwap[] {
  const swaps: TagSwap[] = []
  for (const first of table.labels) {
    for (const second of table.labels) {
      const cell = table.counts[first]?.[second] ?? 0
      if (first !== second && first !== NONE && second !== NONE && cell > 0) swaps.push({ first, second, count: cell })
    }
  }
  return swaps.sort((a, b) => b.count - a.count || a.first.localeCompare(b.first) || a.second.localeCompare(b.second))
}

function emptyTable(method: string, tags: readonly string[], unit: ConfusionTable['unit'], coverage: Coverage): ConfusionTable {
  const labels = [...tags, NONE]
  const counts = Object.fromEntries(labels.map((row) => [row, Object.fromEntries(labels.map((column) => [column, 0]))]))
  return { method, labels, counts, n: 0, unit, coverage }
}

function count(table: ConfusionTable, first: string, second: string): void {
  const row = table.counts[first]
  if (row) row[second] = (row[second] ?? 0) + 1
  table.n += 1
}
