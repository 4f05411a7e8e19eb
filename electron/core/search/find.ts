import { quoteWithContext } from '../shared/text/spans'

export interface FindOptions {
  wholeWord: boolean
  caseSensitive: boolean
}

export interface TextMatch {
  /** UTF-16 offsets into the text, like annotations'. */
  start: number
  end: number
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/** Escapes every character a regular expression treats specially, so user input is matched literally. */
export function escapeRegExp(text: string): string {
  // Only syntax characters: with the u flag an escaped "-" outside a class is itself a syntax error.
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
}

/**
 * Every occurrence of `query` in `text`, left to right, not overlapping. Case-insensitive matching uses
 * Unicode simple case folding on the text itself, so offsets are the text's own. Whole word: the match
 * is not glued to a letter, digit or mark on either side (a query may itself start or end with
 * punctuation). One pass over the text.
 */
export function findInText(text: string, query: string, options: FindOptions): TextMatch[] {
  const needle = query.normalize('NFC')
  if (needle.length === 0) return []
  const pattern = new RegExp(escapeRegExp(needle), options.caseSensitive ? 'gu' : 'giu')
  const matches: TextMatch[] = []
  for (const match of text.matchAll(pattern)) {
    const start = match.index
    const end = start + match[0].length
    if (options.wholeWord && !isWholeWord(text, start, end)) continue
    matches.push({ start, end })
  }
  return matches
}

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = codePointBefore(text, start)
  const after = text.codePointAt(end)
  const first = text.codePointAt(start)
  const last = codePointBefore(text, end)
  const glued = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined && WORD_CHAR.test(String.fromCodePoint(a)) && WORD_CHAR.test(String.fromCodePoint(b))
  return !glued(before, first) && !glued(last, after)
}

function codePointBefore(text: string, offset: number): number | undefined {
  if (offset <= 0) return undefined
  const low = text.charCodeAt(offset - 1)
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) return text.codePointAt(offset - 2)
  return text.codePointAt(offset - 1)
}

/** A match with a little of its surrounding text, for a result list. */
export function withContext(text: string, match: TextMatch): TextMatch & { prefix: string; quote: string; suffix: string } {
  return { ...match, ...quoteWithContext(text, match.start, match.end) }
}
