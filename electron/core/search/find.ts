import { findFolded, foldText, type FoldMode } from '../shared/text/fold'
import { quoteWithContext } from '../shared/text/spans'
import { isWholeWord } from '../shared/text/whole-word'

export interface FindOptions {
  wholeWord: boolean
  caseSensitive: boolean
  /** 'loose' (the default) folds Arabic letter variants, tashkeel, tatweel, digits and accents; 'exact' keeps the letters as written. */
  mode?: FoldMode
}

export interface TextMatch {
  /** UTF-16 offsets into the text, like annotations'. */
  start: number
  end: number
}

/**
 * Every occurrence of `query` in `text`, left to right, not overlapping, matched under the one text
 * folding (`fold.ts`): loose by default, exact when asked; case folded unless `caseSensitive`. Offsets
 * are the text's own, a removed mark or tatweel inside (or right after) a match belonging to it. Whole
 * word: the match is not glued to a letter, digit or mark on either side (a query may itself start or
 * end with punctuation). One pass over the text.
 */
export function findInText(text: string, query: string, options: FindOptions): TextMatch[] {
  const folded = foldText(text, { mode: options.mode ?? 'loose', caseSensitive: options.caseSensitive })
  return findFolded(folded, query, options.wholeWord ? (span) => isWholeWord(text, span.start, span.end) : undefined)
}

/** A match with a little of its surrounding text, for a result list. */
export function withContext(text: string, match: TextMatch): TextMatch & { prefix: string; quote: string; suffix: string } {
  return { ...match, ...quoteWithContext(text, match.start, match.end) }
}
