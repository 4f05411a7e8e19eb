import { matchKey } from '../shared/entities/matching'
import { findFoldedKey, foldText, type FoldedText } from '../shared/text/fold'
import { isWordAfterProclitics } from '../shared/text/arabic-proclitics'
/**
 * Finding every occurrence of a mention's text in a document, under the one loose folding
 * (`shared/text/fold.ts`, as `matchKey`), whole words only, with exact UTF-16 offsets into the original text.
 */

export interface Occurrence {
  start: number
  end: number
}

/** The key a mention's text is searched by: `matchKey`. */
export function searchKey(text: string): string {
  return matchKey(text)
}

/**
 * Every whole-word occurrence of `key` (from `searchKey`) in `text`, in reading order, never overlapping;
 * in Arabic also after a joined prefix (وحماة, بالجيش; a name with ال after ل: للجيش), the span the name alone.
 */
export function findOccurrences(text: string, key: string): Occurrence[] {
  return findFoldedOccurrences(text, foldText(text), key)
}

/** `findOccurrences` over a text folded once (`foldText`), for looking up many keys in one text. */
export function findFoldedOccurrences(text: string, folded: FoldedText, key: string): Occurrence[] {
  if (key.length === 0) return []
  const found = findFoldedKey(folded, key, (span) => isWordAfterProclitics(text, span.start, span.end))
  if (!key.startsWith(ARTICLE) || key.length <= ARTICLE.length + 1) return found
  const afterLam = findFoldedKey(folded, key.slice(1), (span) => isWordAfterProclitics(text, span.start, span.end, true))
  if (afterLam.length === 0) return found
  return [...found, ...afterLam].sort((a, b) => a.start - b.start)
}

/** The Arabic article, as folded keys begin with it. */
const ARTICLE = 'ال'
