import { foldKey } from '@core/shared/text/fold'

/** Text under the one loose folding (case, diacritics and tashkeel, Arabic letter variants), spaces collapsed. */
function folded(text: string): string {
  return foldKey(text).trim()
}

/**
 * The items whose text contains what was typed, ignoring case, diacritics and Arabic letter variants,
 * in their given order (so a nearest-first list stays nearest first). Nothing typed keeps them all.
 */
export function filterByText<T>(items: readonly T[], typed: string, textOf: (item: T) => string): T[] {
  const wanted = folded(typed)
  if (!wanted) return [...items]
  return items.filter((item) => folded(textOf(item)).includes(wanted))
}
