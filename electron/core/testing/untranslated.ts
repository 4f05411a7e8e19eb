/** Test support: what of a sentence said in Arabic is still English. */

/** Names that stay Latin in the Arabic catalogue too: the app, files, formats, headers, hosts. */
const LATIN_NAMES = ['project.json', 'application/json', 'Content-Type', 'Authorization', 'Bearer', 'Tessera', 'localhost', 'UTF-8', 'JSON', 'URI', 'uid']

/**
 * The Latin words left in `text` once user text (between the isolation marks U+2068 and U+2069, nested too),
 * the names above and an area's own `kept` names (formats, fields, options) are taken out: an empty list when
 * the sentence is all Arabic. A kept name of letters alone is matched as a whole word, any other as written.
 */
export function untranslatedWords(text: string, kept: readonly string[] = []): string[] {
  let outside = ''
  let depth = 0
  for (const char of text) {
    if (char === '\u2068') depth += 1
    else if (char === '\u2069') depth = Math.max(0, depth - 1)
    else if (depth === 0) outside += char
  }
  // A command to run is typed as it is: tessera restore --project … --rebuild.
  outside = outside.replace(/\btessera(?:\s+-{0,2}[a-z][a-z-]*)*/gu, ' ')
  const words = new Set(kept.filter((name) => /^[A-Za-z0-9]+$/u.test(name)))
  for (const name of [...LATIN_NAMES, ...kept.filter((name) => !words.has(name))]) outside = outside.replaceAll(name, ' ')
  return (outside.match(/[A-Za-z][A-Za-z0-9]+/gu) ?? []).filter((word) => !words.has(word))
}
