import { isWholeWord } from './whole-word'

/**
 * Arabic writes some short words joined to the next one: و and ف (and), ب (in, with), ل (for, to),
 * ك (like), two at most in a row (وبحماة "and in Hama", فللجيش). A name found right after them is still
 * that name: "حماة" in "وحماة" is a mention of Hama, its span the name without the prefix.
 */
const PROCLITIC = /^[وفبلك]$/u
const MAX_PROCLITICS = 2
/** Marks and tatweel written on a prefix (وَ, بِـ) belong to it. */
const ATTACHED = /^[\p{M}\u0640]$/u
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u
const ARABIC_LETTER = /^[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FC]$/u

/**
 * Whether `text[start, end)` stands as a word, counting one or two Arabic prefixes before it as its
 * start (and nothing glued after it). With `lamBefore`, the span must follow a ل prefix: a name with
 * the article ال written after ل, which drops the alef (ل + الجيش → للجيش, the span لجيش).
 */
export function isWordAfterProclitics(text: string, start: number, end: number, lamBefore = false): boolean {
  if (!lamBefore && isWholeWord(text, start, end)) return true
  const after = text.codePointAt(end)
  if (after !== undefined && WORD_CHAR.test(String.fromCodePoint(after))) return false
  if (!ARABIC_LETTER.test(text[start] ?? '')) return false
  let at = start
  let prefixes = 0
  while (prefixes < MAX_PROCLITICS) {
    let before = at
    while (before > 0 && ATTACHED.test(text[before - 1] ?? '')) before -= 1
    const letter = text[before - 1] ?? ''
    if (!PROCLITIC.test(letter) || (lamBefore && prefixes === 0 && letter !== 'ل')) break
    at = before - 1
    prefixes += 1
    if (!WORD_CHAR.test(text[at - 1] ?? '')) return true
  }
  return false
}
