const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/** True when `text[start, end)` is not glued to a letter, digit or mark on either side. */
export function isWholeWord(text: string, start: number, end: number): boolean {
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

