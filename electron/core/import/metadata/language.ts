/**
 * The language of a text by its script, when the file does not state it: Arabic letters → `ar`,
 * Hebrew → `he`, Latin → `en` (Tessera's corpora are English or Arabic news; a Latin text in
 * another language is better labelled by hand than guessed). Empty when there are too few letters.
 */
export function languageFromScript(text: string): string {
  const sample = text.slice(0, 20_000)
  const arabic = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0
  const hebrew = sample.match(/\p{Script=Hebrew}/gu)?.length ?? 0
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0
  const total = arabic + hebrew + latin
  if (total < 20) return ''
  if (arabic / total > 0.3) return 'ar'
  if (hebrew / total > 0.3) return 'he'
  return latin / total > 0.7 ? 'en' : ''
}

/** A BCP 47 tag from a file's own statement (`<html lang="ar-SY">`, `og:locale` `en_US`), or empty when not plausible. */
export function normalizeLanguageTag(value: string | null | undefined): string {
  const tag = (value ?? '').trim().replace(/_/g, '-')
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag : ''
}
