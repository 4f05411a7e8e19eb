/**
 * Acronyms and initials of entity names, so that typing "HTS" finds "Hayat Tahrir al-Sham", "SDF" finds
 * "Syrian Democratic Forces" and "داعش" finds "الدولة الإسلامية في العراق والشام".
 *
 * Works on text already folded for matching (lower case, diacritics and Arabic letter variants folded:
 * `searchKey`), so it does not care how that folding is done.
 *
 * A name's significant words are its words (split on spaces and hyphens) without the function words
 * acronyms skip ("of", "the", "and", Arabic "في", "و"…) and without the article: "al-"/"el-" and the
 * assimilated forms ("ad-", "ash-"…) before a hyphen, a separate "al"/"el", and Arabic "ال" fused to a
 * word (also after the conjunction "و": "والشام" gives "ش").
 */

const SKIPPED_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'al', 'el', 'de', 'du', 'des', 'la', 'le', 'في', 'من', 'و', 'على', 'عن'])
/** Latin transliterations of the Arabic article, dropped when a hyphen joins them to the word. */
const ARTICLE_PREFIX = /^(?:al|el|ad|an|ar|as|ash|at|az|adh|ath|ul)-/
const ARABIC_ARTICLE = /^(?:و|ف|ب)?ال(?=\S{2})/u
const LETTER = /[\p{L}\p{N}]/u

/** The first letters of the name's significant words, and of all its words (when that differs). */
export function initialsOf(foldedName: string): string[] {
  const significant: string[] = []
  const all: string[] = []
  for (const raw of foldedName.split(/\s+/u)) {
    if (!raw) continue
    const withoutArticle = raw.replace(ARTICLE_PREFIX, '').replace(ARABIC_ARTICLE, '')
    for (const part of withoutArticle.split('-')) {
      const first = firstLetter(part)
      if (!first) continue
      all.push(first)
      if (!SKIPPED_WORDS.has(part)) significant.push(first)
    }
  }
  const variants = new Set<string>()
  // One word has no acronym: "h" is not a name for "Hezbollah".
  if (significant.length >= 2) variants.add(significant.join(''))
  if (all.length >= 2) variants.add(all.join(''))
  return [...variants]
}

/** The query as an acronym ("HTS", "H.T.S.", "h t s" folded to "hts"), or null when it is not one. */
export function acronymQuery(foldedQuery: string): string | null {
  const letters = [...foldedQuery].filter((c) => LETTER.test(c)).join('')
  if (letters.length < 2 || letters.length > 12) return null
  // A query of several real words ("hama city") is not an acronym; dotted or spaced letters are.
  const words = foldedQuery.split(/[\s.]+/u).filter(Boolean)
  if (words.length > 1 && words.some((w) => [...w].filter((c) => LETTER.test(c)).length > 1)) return null
  return letters
}

/** True when `foldedQuery` is an acronym of `foldedName`. */
export function matchesInitials(foldedQuery: string, foldedName: string): boolean {
  const acronym = acronymQuery(foldedQuery)
  return acronym !== null && initialsOf(foldedName).includes(acronym)
}

function firstLetter(word: string): string | undefined {
  for (const character of word) if (LETTER.test(character)) return character
  return undefined
}
