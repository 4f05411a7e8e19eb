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
