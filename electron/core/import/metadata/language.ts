import { detectAll } from 'tinyld'

/** The languages Tessera labels automatically (ISO 639-1); any other answer leaves the label empty. */
const LABELLED = new Set(['en', 'fr', 'de', 'es', 'pt', 'it', 'nl', 'tr', 'ru', 'uk', 'pl', 'ar', 'fa', 'ur', 'he', 'hi', 'id', 'zh', 'ja', 'ko', 'ku'])

/** Fewer letters than this say too little about a language: the label stays empty rather than wrong. */
const MIN_LETTERS = 40
/** tinyld's accuracy for its best guess; below it (a list of names, a mix) the guess is not trusted. */
const MIN_ACCURACY = 0.3
/** The detector is linear in its input; the opening of an article is enough to tell its language. */
const SAMPLE_CHARS = 3000

/**
 * The language of a text the file does not label, as an ISO 639-1 code, by tinyld (a small n-gram model
 * shipped in the package, no network): empty when the text has too few letters, when the detector is
 * unsure, or when its answer is not one of the languages in LABELLED (news in those is what Tessera
 * imports; a rare language is more likely a misreading). An empty label is fixed by hand; a wrong one
 * misleads every filter on it.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS)
  const letters = sample.match(/\p{L}/gu)?.length ?? 0
  if (letters < MIN_LETTERS) return ''
  const [best] = detectAll(sample)
  if (best && best.accuracy >= MIN_ACCURACY) return LABELLED.has(best.lang) ? best.lang : ''
  return languageByFunctionWords(sample)
}

/**
 * Short news texts full of names (a headline, a byline, one sentence) leave the n-gram model unsure;
 * their small words still tell: a language wins with at least three of its function words and one and a half times
 * the hits of any other. Only the Latin and Cyrillic languages Tessera is most often fed.
 */
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'of', 'to', 'a', 'in', 'is', 'was', 'by', 'that', 'with', 'for', 'on', 'said', 'it', 'from', 'has', 'had', 'were', 'are']),
  fr: new Set(['le', 'la', 'de', 'les', 'des', 'et', 'est', 'un', 'une', 'du', 'dans', 'que', 'qui', 'pour', 'sur', 'par', 'au', 'aux', 'a', 'ont', 'selon']),
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'den', 'dem', 'mit', 'von', 'zu', 'auf', 'im', 'sich', 'des', 'wurde', 'sind', 'hat']),
  es: new Set(['el', 'la', 'de', 'los', 'las', 'y', 'es', 'un', 'una', 'del', 'en', 'que', 'por', 'con', 'para', 'se', 'al', 'su', 'según', 'fue', 'han']),
  tr: new Set(['ve', 'bir', 'bu', 'da', 'de', 'ile', 'için', 'olarak', 'çok', 'daha', 'ama', 'gibi', 'sonra', 'kadar', 'olan', 'dedi', 'ise', 'değil', 'her', 'en']),
  ru: new Set(['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'из', 'за', 'от', 'к', 'о', 'его', 'для', 'был', 'была', 'были', 'также'])
}

function languageByFunctionWords(sample: string): string {
  const words = sample.toLocaleLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []
  const hits = Object.entries(FUNCTION_WORDS).map(([language, set]) => [language, words.filter((w) => set.has(w)).length] as const)
  hits.sort((x, y) => y[1] - x[1])
  const [first, second] = hits
  if (!first || first[1] < 3 || (second && 2 * first[1] < 3 * second[1])) return ''
  return first[0]
}

/** A BCP 47 tag from a file's own statement (`<html lang="ar-SY">`, `og:locale` `en_US`), or empty when not plausible. */
export function normalizeLanguageTag(value: string | null | undefined): string {
  const tag = (value ?? '').trim().replace(/_/g, '-')
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag : ''
}
