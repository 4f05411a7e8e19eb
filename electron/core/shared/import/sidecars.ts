/** Files that travel with documents in a folder but are not documents themselves, by base name. */
const NAMED: Readonly<Record<string, string>> = {
  'annotation.conf': "brat's tag set (annotation.conf)",
  'visual.conf': "brat's display settings (visual.conf)",
  'tools.conf': "brat's tool settings (tools.conf)",
  'kb_shortcuts.conf': "brat's keyboard shortcuts (kb_shortcuts.conf)",
  'tessera.json': "the metadata of a Tessera brat export (tessera.json)",
  '.stats_cache': "brat's statistics cache"
}

/**
 * What a sidecar file is (in words, for the report), or null for a file that may be a document: brat's
 * configuration files, Tessera's brat metadata, and `*.meta.json` metadata sidecars. An import walking a
 * folder skips these (reporting why) instead of storing them as text documents.
 */
export function sidecarKind(name: string): string | null {
  const base = name.slice(name.lastIndexOf('/') + 1)
  const named = NAMED[base.toLowerCase()]
  if (named) return named
  if (/\.meta\.json$/i.test(base)) return `a metadata sidecar (${base})`
  return null
}

const folderOf = (name: string): string => name.slice(0, name.lastIndexOf('/') + 1)

/**
 * Why a file beside brat's `.txt`/`.ann` pairs is not a document, or null: in a folder that holds an
 * `.ann`, every file other than a `.txt` or `.ann` (a README, LICENSE, a notebook, a script) is part of
 * the corpus's packaging, not of its documents. A `.txt` stays a document even alone, as in brat itself,
 * which lists every `.txt` of a folder (a README.txt too).
 */
export function besideBratKind(name: string, allNames: readonly string[]): string | null {
  const base = name.slice(name.lastIndexOf('/') + 1)
  const extension = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : ''
  if (extension === 'txt' || extension === 'ann') return null
  const folder = folderOf(name)
  if (!allNames.some((other) => other.toLowerCase().endsWith('.ann') && folderOf(other) === folder)) return null
  return `${base} sits beside brat's .txt/.ann pairs and is not one of them (a README, LICENSE or other file of the folder)`
}
