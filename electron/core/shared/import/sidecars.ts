import { said, type Said } from '../i18n/said'

/** Files that travel with documents in a folder but are not documents themselves, by base name. */
const NAMED: Readonly<Record<string, Said>> = {
  'annotation.conf': said('importReport.sidecar.bratTags'),
  'visual.conf': said('importReport.sidecar.bratDisplay'),
  'tools.conf': said('importReport.sidecar.bratTools'),
  'kb_shortcuts.conf': said('importReport.sidecar.bratShortcuts'),
  'tessera.json': said('importReport.sidecar.tesseraMetadata'),
  '.stats_cache': said('importReport.sidecar.bratStatistics')
}

/**
 * What a sidecar file is (in words, for the report), or null for a file that may be a document: brat's
 * configuration files, Tessera's brat metadata, and `*.meta.json` metadata sidecars. An import walking a
 * folder skips these (reporting why) instead of storing them as text documents.
 */
export function sidecarKind(name: string): Said | null {
  const base = name.slice(name.lastIndexOf('/') + 1)
  const named = NAMED[base.toLowerCase()]
  if (named) return named
  if (/\.meta\.json$/i.test(base)) return said('importReport.sidecar.metadata', { name: base })
  return null
}

const folderOf = (name: string): string => name.slice(0, name.lastIndexOf('/') + 1)

/**
 * Why a file beside brat's `.txt`/`.ann` pairs is not a document, or null: in a folder that holds an
 * `.ann`, every file other than a `.txt` or `.ann` (a README, LICENSE, a notebook, a script) is part of
 * the corpus's packaging, not of its documents. A `.txt` stays a document even alone, as in brat itself,
 * which lists every `.txt` of a folder (a README.txt too).
 */
export function besideBratKind(name: string, allNames: readonly string[]): Said | null {
  const base = name.slice(name.lastIndexOf('/') + 1)
  const extension = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : ''
  if (extension === 'txt' || extension === 'ann') return null
  const folder = folderOf(name)
  if (!allNames.some((other) => other.toLowerCase().endsWith('.ann') && folderOf(other) === folder)) return null
  return said('importReport.sidecar.besideBrat', { name: base })
}
