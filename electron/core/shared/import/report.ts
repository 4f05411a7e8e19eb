import type { TextEncoding } from './encodings'
import { say, type Said } from '../i18n/said'
import type { Translator } from '../i18n/translator'

/** How an import treats what it finds (the `import.files` options; defaults in import/contract.ts). */
export interface ImportOptions {
  /** Read text files in this encoding instead of detecting it. */
  encoding?: TextEncoding
  /** Import a document even when the project already holds the same normalised text. */
  allowDuplicates: boolean
  /** Import the valid lines of a JSON Lines file that also holds invalid ones (each reported). */
  skipInvalid: boolean
  /** Add labels the project has no tag for as new tags (otherwise their spans are left out, and reported). */
  addNewTags: boolean
  /** The field holding the text of doccano lines and Label Studio tasks, when it is not `text` (found otherwise when there is one string field). */
  textField?: string
  /** Add the annotations to the project's matching documents as their authors' layers (import/layer/), never adding documents. */
  asLayer?: boolean
  /** With `asLayer`: the author of the annotations the file names none for. */
  annotator?: string
}

/** How a layer file's document was matched to one of the project's. */
export type LayerMatch = 'id' | 'text' | 'near-duplicate'

/** A document of a layer file, added to the project's document it matched. */
export interface LayerEntry {
  /** The document in the file (`a.jsonl:3`). */
  file: string
  documentId: string
  title: string
  matchedBy: LayerMatch
  /** For a near-duplicate (or a document matched by id whose text differs): the share of word 5-grams shared, else 1. */
  similarity: number
  /** The annotators whose layer the document now holds from the file. */
  authors: string[]
  /** Annotations of the file added, and of the same annotators' earlier layer taken out (a re-import replaces it). */
  added: number
  replaced: number
  /** True when the document already held exactly this layer: nothing was written. */
  unchanged: boolean
}

export interface ImportedEntry {
  file: string
  documentId: string
  title: string
  annotationCount: number
}

export interface ImportReport {
  /** Every file read, with the format it was read as and the encoding of text formats. */
  files: { file: string; format: string | null; encoding: string | null }[]
  imported: ImportedEntry[]
  /** Not imported: the project already holds the same normalised text. */
  skippedDuplicates: { file: string; title: string; duplicateOf: { documentId: string; title: string } }[]
  /** Imported, but close to a document already there. */
  nearDuplicates: { file: string; documentId: string; title: string; similarTo: { documentId: string; title: string }; reason: Said }[]
  failed: { file: string; reason: Said }[]
  /** Files that are not documents (sidecars such as brat's annotation.conf), with why they were not imported. */
  skipped: { file: string; reason: Said }[]
  /** What changed on the way in without stopping a file: skipped lines, moved or dropped spans. */
  warnings: Said[]
  /** Tags added to the project for labels it did not have. */
  newTags: { id: string; label: string }[]
  /** Attributes a file declared that were added to tags the project had (`tag` is the tag's id). */
  newAttributes: { tag: string; id: string; label: string; type: string }[]
  /** Layer import (`asLayer`): the documents whose layers were added, and those of the files the project does not hold (never added). */
  layers: LayerEntry[]
  layerDocumentsNotFound: { file: string; title: string }[]
}

export function emptyReport(): ImportReport {
  return { files: [], imported: [], skippedDuplicates: [], nearDuplicates: [], failed: [], skipped: [], warnings: [], newTags: [], newAttributes: [], layers: [], layerDocumentsNotFound: [] }
}

/** Adds the results of one call to a running total (the app and the CLI import in several calls). */
export function mergeReports(total: ImportReport, part: ImportReport): ImportReport {
  return {
    files: [...total.files, ...part.files],
    imported: [...total.imported, ...part.imported],
    skippedDuplicates: [...total.skippedDuplicates, ...part.skippedDuplicates],
    nearDuplicates: [...total.nearDuplicates, ...part.nearDuplicates],
    failed: [...total.failed, ...part.failed],
    // A folder's sidecar travels with each of its brat pairs (batches.ts): reported once.
    skipped: [...total.skipped, ...part.skipped.filter((s) => !total.skipped.some((t) => t.file === s.file))],
    warnings: [...total.warnings, ...part.warnings],
    newTags: [...total.newTags, ...part.newTags],
    newAttributes: [...total.newAttributes, ...part.newAttributes],
    layers: [...total.layers, ...part.layers],
    layerDocumentsNotFound: [...total.layerDocumentsNotFound, ...part.layerDocumentsNotFound]
  }
}

/**
 * The report as lines of text, for the CLI, in `translator`'s language: one line per imported document, skipped
 * duplicate, near-duplicate, new tag, text file not in UTF-8, warning and failure, then the counts.
 */
export function formatReport(report: ImportReport, translator: Translator): string[] {
  const t: Translator['t'] = (key, values) => translator.t(key, values)
  const lines: string[] = []
  for (const entry of report.imported) {
    const { file, title, annotationCount: count } = entry
    lines.push(count > 0 ? t('importReport.line.importedAnnotations', { file, title, count }) : t('importReport.line.imported', { file, title }))
  }
  for (const entry of report.layers) lines.push(layerLine(entry, translator))
  for (const entry of report.layerDocumentsNotFound) lines.push(t('layerImport.line.notFound', { file: entry.file, title: entry.title }))
  for (const entry of report.skippedDuplicates) lines.push(t('importReport.line.duplicate', { file: entry.file, title: entry.duplicateOf.title }))
  for (const entry of report.nearDuplicates) {
    lines.push(t('importReport.line.nearDuplicate', { file: entry.file, title: entry.title, similar: entry.similarTo.title, reason: say(translator, entry.reason) }))
  }
  for (const file of report.files) if (file.encoding && file.encoding !== 'utf-8') lines.push(t('importReport.line.encoding', { file: file.file, encoding: file.encoding }))
  for (const tag of report.newTags) lines.push(t('importReport.line.newTag', { id: tag.id, label: tag.label }))
  for (const attribute of report.newAttributes) lines.push(t('importReport.line.newAttribute', { id: attribute.id, tag: attribute.tag, label: attribute.label, type: attribute.type }))
  for (const warning of report.warnings) lines.push(t('importReport.line.warning', { warning: say(translator, warning) }))
  for (const entry of report.skipped) lines.push(t('importReport.line.skipped', { file: entry.file, reason: say(translator, entry.reason) }))
  for (const failure of report.failed) lines.push(t('importReport.line.failed', { file: failure.file, reason: say(translator, failure.reason) }))
  const layerImport = report.layers.length + report.layerDocumentsNotFound.length > 0
  if (layerImport) lines.push(t('layerImport.line.counts', { documents: report.layers.length, notFound: report.layerDocumentsNotFound.length, failed: report.failed.length }))
  else lines.push(t('importReport.line.counts', { imported: report.imported.length, skipped: report.skippedDuplicates.length, failed: report.failed.length }))
  return lines
}

/** What became of one document of a layer file, as one line (the CLI's report and the import dialog's). */
export function layerLine(entry: LayerEntry, translator: Translator): string {
  const { file, title, added, replaced, matchedBy } = entry
  const authors = entry.authors.join(', ')
  if (entry.unchanged) return translator.t('layerImport.line.unchanged', { file, title, authors })
  return translator.t('layerImport.line.added', { file, title, authors, added, replaced, matchedBy, percent: Math.round(entry.similarity * 100) })
}
