/** Test support: what of a sentence said in Arabic is still English. */

/** Names that stay Latin in the Arabic catalogue too: the app, files, formats, headers, hosts. */
const LATIN_NAMES = ['project.json', 'application/json', 'Content-Type', 'Authorization', 'Bearer', 'Tessera', 'localhost', 'UTF-8', 'JSON', 'URI', 'uid']

/**
 * The Latin words left in `text` once user text (between the isolation marks U+2068 and U+2069, nested too)
 * and the names above are taken out: an empty list when the sentence is all Arabic.
 */
export function untranslatedWords(text: string): string[] {
  let outside = ''
  let depth = 0
  for (const char of text) {
    if (char === '\u2068') depth += 1
    else if (char === '\u2069') depth = Math.max(0, depth - 1)
    else if (depth === 0) outside += char
  }
  // A command to run is typed as it is: tessera restore --project … --rebuild.
  outside = outside.replace(/\btessera(?:\s+-{0,2}[a-z][a-z-]*)*/gu, ' ')
  for (const name of LATIN_NAMES) outside = outside.replaceAll(name, ' ')
  return outside.match(/[A-Za-z]{2,}/gu) ?? []
}
