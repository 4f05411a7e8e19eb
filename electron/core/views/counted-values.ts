import type { CountedValue } from '../shared/model/views'
import type { DocumentExtract } from './extract'

/**
 * The "What is counted" values the project's figures use, one per grouping key (the Figures view's:
 * case, accents and Arabic letter variants ignored), spelled the way most figures spell it; most used
 * first. Figures without a value count too: the field is offered before the number is known. `except`
 * leaves out the figure being edited, so its own value is not offered back as someone else's.
 */
export function countedValues(extracts: readonly DocumentExtract[], except?: { documentId: string; annotationId: string }): CountedValue[] {
  const byKey = new Map<string, { count: number; spellings: Map<string, number> }>()
  for (const extract of extracts) {
    for (const figure of extract.figures) {
      if (!figure.counted) continue
      if (except && extract.documentId === except.documentId && figure.annotationId === except.annotationId) continue
      let entry = byKey.get(figure.countedKey)
      if (!entry) byKey.set(figure.countedKey, (entry = { count: 0, spellings: new Map() }))
      entry.count += 1
      entry.spellings.set(figure.counted, (entry.spellings.get(figure.counted) ?? 0) + 1)
    }
  }
  const values = [...byKey.values()].map(({ count, spellings }) => {
    let best = ''
    let bestCount = 0
    for (const [spelling, n] of spellings) if (n > bestCount) [best, bestCount] = [spelling, n]
    return { counted: best, count }
  })
  return values.sort((a, b) => b.count - a.count || a.counted.localeCompare(b.counted))
}
