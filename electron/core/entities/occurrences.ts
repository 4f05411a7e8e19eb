import { matchKey } from '../shared/entities/matching'
import { findFoldedKey, foldText, type FoldedText } from '../shared/text/fold'
import { isWholeWord } from '../shared/text/whole-word'
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

/** Every whole-word occurrence of `key` (from `searchKey`) in `text`, in reading order, never overlapping. */
export function findOccurrences(text: string, key: string): Occurrence[] {
  return findFoldedOccurrences(text, foldText(text), key)
}

/** `findOccurrences` over a text folded once (`foldText`), for looking up many keys in one text. */
export function findFoldedOccurrences(text: string, folded: FoldedText, key: string): Occurrence[] {
  if (key.length === 0) return []
  return findFoldedKey(folded, key, (span) => isWholeWord(text, span.start, span.end))
}
