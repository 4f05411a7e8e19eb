import { foldKey } from '../text/fold'

const SPACE_OR_PUNCTUATION = /[\s\p{P}]/u

/**
 * The key under which a mention matches an entity's name or alias: the text under the one loose
 * folding (`shared/text/fold.ts`: case, diacritics and tashkeel, Arabic letter variants, tatweel,
 * digits, apostrophe and dash style, spacing), trimmed of spaces and punctuation, without a leading
 * English "the".
 */
export function matchKey(text: string): string {
  return trimSpaceAndPunctuation(foldKey(text)).replace(/^the /, '')
}

/** True when `mention` names the entity by its canonical name or one of its aliases. */
export function mentionMatches(mention: string, names: readonly string[]): boolean {
  const key = matchKey(mention)
  return key.length > 0 && names.some((name) => matchKey(name) === key)
}

/** A linear trim: an end-anchored regex over a run would backtrack quadratically. */
function trimSpaceAndPunctuation(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && SPACE_OR_PUNCTUATION.test(text.charAt(start))) start += 1
  while (end > start && SPACE_OR_PUNCTUATION.test(text.charAt(end - 1))) end -= 1
  return text.slice(start, end)
}
