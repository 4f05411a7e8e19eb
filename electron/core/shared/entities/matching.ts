const SPACE_OR_PUNCTUATION = /[\s\p{P}]/u

/**
 * The key under which a mention matches an entity's name or alias: the same text whatever its case,
 * diacritics, Arabic letter variants (hamza seats, alef maqsura, taa marbuta, Persian kaf and yeh),
 * tatweel, apostrophe or dash style, spacing, and a leading English "the".
 */
export function matchKey(text: string): string {
  const folded = foldLetters(text).replace(/\s+/g, ' ')
  return trimSpaceAndPunctuation(folded).replace(/^the /, '')
}

/**
 * Text with the differences matching ignores folded away: case, diacritics, Arabic letter variants,
 * tatweel, apostrophe and dash styles. Shared by the matching key and the corpus occurrence search.
 */
export function foldLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .replace(/\u0640/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649|\u0626|\u06CC/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0624/g, '\u0648')
    .replace(/\u06A9/g, '\u0643')
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLocaleLowerCase('und')
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
