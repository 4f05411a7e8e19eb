import type { CoreContext } from '../context'
import { addDocuments } from '../documents/handlers'
import { ApiError } from '../errors'
import type { DocumentRecord } from '../model/document'
import type { ProjectStore } from '../store/project-store'
import { compare, fingerprint, type Fingerprint } from './duplicates'
import { documentFromImport } from './from-import'
import { importError } from './import-error'
import { describeBytes, MAX_IMPORT_FILE_BYTES } from './limits'
import type { ImportReadOptions } from './reader'
import { importReaders, readerFor } from './registry'
import { emptyReport, type ImportOptions, type ImportReport } from './report'
import { TagMatcher } from './tag-for-label'

export interface ImportFile {
  /** The file's path as the user chose it (relative inside a chosen folder), for reports and companions. */
  name: string
  bytes: Uint8Array
}

/**
 * Imports files one after another: each is read (format by content and extension), turned into
 * documents, checked for duplicates, and committed with its documents all together or not at all. A
 * file that fails leaves nothing behind and does not stop the others; the report says what happened
 * to every file.
 */
export async function importFiles(context: CoreContext, files: ImportFile[], options: ImportOptions): Promise<ImportReport> {
  const report = emptyReport()
  const known = await fingerprints(context.store)
  // Files another file's reader reads with it (brat's .txt beside its .ann) are not imported on their own.
  const consumed = new Set<string>()
  for (const file of files) {
    const reader = importReaders().find((r) => r.canRead(file.name, file.bytes))
    for (const companion of reader?.companions?.(file.name) ?? []) if (companion !== file.name && files.some((f) => f.name === companion)) consumed.add(companion)
  }
  for (const file of files) {
    if (consumed.has(file.name)) continue
    try {
      await importFile(context, file, files, options, known, report)
    } catch (error) {
      report.failed.push({ file: file.name, reason: reasonOf(file.name, error) })
    }
  }
  return report
}

async function importFile(
  context: CoreContext,
  file: ImportFile,
  batch: ImportFile[],
  options: ImportOptions,
  known: Map<string, Fingerprint>,
  report: ImportReport
): Promise<void> {
  if (file.bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw importError(file.name, `is ${describeBytes(file.bytes.length)}, over the import limit of ${describeBytes(MAX_IMPORT_FILE_BYTES)}.`)
  }
  if (file.bytes.length === 0) throw importError(file.name, 'is empty.')
  const reader = readerFor(file.name, file.bytes)
  const warnings: string[] = []
  let encoding: string | null = null
  const folder = file.name.includes('/') ? file.name.slice(0, file.name.lastIndexOf('/') + 1) : ''
  const readOptions: ImportReadOptions = {
    encoding: options.encoding,
    skipInvalid: options.skipInvalid,
    warn: (message) => warnings.push(message),
    usedEncoding: (used) => {
      encoding = used
    },
    companion: (relativePath) => batch.find((f) => f.name === folder + relativePath)?.bytes
  }
  const imported = await reader.read(file.name, file.bytes, readOptions)
  if (imported.length === 0) throw importError(file.name, 'holds no document.')

  const tags = new TagMatcher(context.store.info.tags, options.addNewTags)
  const records: DocumentRecord[] = []
  const pending = new Map<string, Fingerprint>()
  const takenIds = new Set<string>()
  const isIdTaken = (id: string): boolean => takenIds.has(id) || context.store.hasDocument(id) || known.has(id) || !/^[\w-]{1,64}$/.test(id)
  const skipped: ImportReport['skippedDuplicates'] = []
  const near: ImportReport['nearDuplicates'] = []
  for (const document of imported) {
    let converted: ReturnType<typeof documentFromImport>
    try {
      converted = documentFromImport(document, { tags, author: context.author, isIdTaken })
    } catch (error) {
      // A file of many documents (JSON lines, an export) skips a bad one only when the user said so.
      if (!options.skipInvalid || imported.length === 1) throw error
      warnings.push(`${document.origin}: skipped, ${reasonOf(document.origin, error)}`)
      continue
    }
    const { record, warnings: spanWarnings } = converted
    const print = fingerprint(record.id, record.title, record.text)
    const verdict = compare(print, [...known.values(), ...pending.values()])
    if (verdict?.kind === 'duplicate' && !options.allowDuplicates) {
      skipped.push({ file: document.origin, title: record.title, duplicateOf: { documentId: verdict.of.id, title: verdict.of.title } })
      continue
    }
    if (verdict) {
      const reason = verdict.kind === 'duplicate' ? 'the same text, imported anyway' : verdict.reason
      near.push({ file: document.origin, documentId: record.id, title: record.title, similarTo: { documentId: verdict.of.id, title: verdict.of.title }, reason })
    }
    warnings.push(...spanWarnings)
    for (const annotation of record.annotations) takenIds.add(annotation.id)
    takenIds.add(record.id)
    records.push(record)
    pending.set(record.id, print)
  }
  const usedTags = new Set(records.flatMap((r) => r.annotations.map((a) => a.tag)))
  const newTags = tags.created.filter((tag) => usedTags.has(tag.id))
  if (records.length > 0) await addDocuments(context, records, newTags)
  for (const [id, print] of pending) known.set(id, print)
  report.files.push({ file: file.name, format: reader.format, encoding })
  report.imported.push(...records.map((r) => ({ file: r.importedFrom, documentId: r.id, title: r.title, annotationCount: r.annotations.length })))
  report.skippedDuplicates.push(...skipped)
  report.nearDuplicates.push(...near)
  report.warnings.push(...warnings)
  report.newTags.push(...newTags.map(({ id, label }) => ({ id, label })))
}

/** The fingerprints of the project's documents, computed once per document and kept for the life of the store. */
const cache = new WeakMap<ProjectStore, Map<string, Fingerprint>>()

async function fingerprints(store: ProjectStore): Promise<Map<string, Fingerprint>> {
  const known = cache.get(store) ?? new Map<string, Fingerprint>()
  cache.set(store, known)
  for (const id of store.info.documentIds) {
    if (known.has(id)) continue
    try {
      const document = await store.getDocument(id)
      known.set(id, fingerprint(id, document.title, document.text))
    } catch {
      // An unreadable document cannot be compared with; the list already shows its problem.
    }
  }
  return known
}

function reasonOf(fileName: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const prefix = `${fileName} `
  const reason = message.startsWith(prefix) ? message.slice(prefix.length) : message
  return error instanceof ApiError ? reason : `could not be imported (${reason})`
}
