import type { CoreContext } from '../context'
import { addDocuments } from '../documents/handlers'
import { ApiError } from '../errors'
import type { DocumentRecord } from '../model/document'
import type { TagDefinition } from '../model/project'
import type { ProjectStore } from '../store/project-store'
import { compare, fingerprint, type Fingerprint } from './duplicates'
import { EntityMatcher } from './entity-matcher'
import { documentFromImport } from './from-import'
import { importError } from './import-error'
import { describeBytes, IMPORT_LIMITS, type ImportLimits } from './limits'
import type { ImportReadOptions } from './reader'
import { importReaders, readerFor } from './registry'
import { emptyReport, type ImportOptions, type ImportReport } from './report'
import { sidecarKind } from './sidecars'
import { TagMatcher } from './tag-for-label'
import { WarningCollector } from './warnings'

export interface ImportFile {
  /** The file's path as the user chose it (relative inside a chosen folder), for reports and companions. */
  name: string
  bytes: Uint8Array
}

/**
 * Imports files one after another: each is read (format by content and extension), turned into
 * documents, checked for duplicates, and committed with its documents all together or not at all. A
 * file that fails leaves nothing behind and does not stop the others; the report says what happened
 * to every file. Sidecars of known formats (brat's annotation.conf, Tessera's tessera.json, `*.meta.json`)
 * are read with the files they describe, or skipped with the reason, never stored as documents.
 */
export async function importFiles(context: CoreContext, files: ImportFile[], options: ImportOptions, limits: ImportLimits = IMPORT_LIMITS): Promise<ImportReport> {
  const report = emptyReport()
  const known = await fingerprints(context.store)
  // Files another file's reader reads with it (brat's .txt beside its .ann) are not imported on their own.
  const consumed = new Set<string>()
  for (const file of files) {
    const reader = importReaders().find((r) => r.canRead(file.name, file.bytes))
    for (const companion of reader?.companions?.(file.name) ?? []) if (companion !== file.name && files.some((f) => f.name === companion)) consumed.add(companion)
  }
  for (const file of files) {
    const sidecar = sidecarKind(file.name)
    if (sidecar) {
      const reason = consumed.has(file.name) ? `${sidecar}: read with the annotation files beside it` : `${sidecar}: not a document, skipped`
      report.skipped.push({ file: file.name, reason })
      continue
    }
    if (consumed.has(file.name)) continue
    try {
      await importFile(context, file, files, options, known, report, limits)
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
  report: ImportReport,
  limits: ImportLimits
): Promise<void> {
  const reader = readerFor(file.name, file.bytes)
  const maxBytes = reader.lineBased ? limits.lineFileBytes : limits.fileBytes
  if (file.bytes.length > maxBytes) throw importError(file.name, `is ${describeBytes(file.bytes.length)}, over the import limit of ${describeBytes(maxBytes)}.`)
  if (file.bytes.length === 0 && !reader.emptyIsValid) throw importError(file.name, 'is empty.')
  const warnings = new WarningCollector(file.name)
  let encoding: string | null = null
  const folder = file.name.includes('/') ? file.name.slice(0, file.name.lastIndexOf('/') + 1) : ''
  const tags = new TagMatcher(context.store.info.tags, options.addNewTags)
  const now = new Date()
  const entities = new EntityMatcher((await context.store.entities.read()).entities, now.toISOString())
  const readOptions: ImportReadOptions = {
    encoding: options.encoding,
    skipInvalid: options.skipInvalid,
    maxDocumentBytes: limits.fileBytes,
    warn: (message) => warnings.push(message),
    usedEncoding: (used) => {
      encoding = used
    },
    companion: (relativePath) => batch.find((f) => f.name === folder + relativePath)?.bytes,
    declare: (schema) => {
      tags.declare(schema.tags)
      entities.declare(schema.entities)
    }
  }
  const imported = await reader.read(file.name, file.bytes, readOptions)
  if (imported.length === 0) throw importError(file.name, 'holds no document.')

  const records: DocumentRecord[] = []
  const pending = new Map<string, Fingerprint>()
  const takenIds = new Set<string>()
  const isIdTaken = (id: string): boolean => takenIds.has(id) || context.store.hasDocument(id) || known.has(id) || !/^[\w-]{1,64}$/.test(id)
  const skipped: ImportReport['skippedDuplicates'] = []
  const near: ImportReport['nearDuplicates'] = []
  for (const document of imported) {
    let converted: ReturnType<typeof documentFromImport>
    try {
      converted = documentFromImport(document, { tags, author: context.author, isIdTaken, now, entityFor: (id, tag) => entities.resolve(id, tag) })
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
    warnings.pushAll(spanWarnings)
    for (const annotation of record.annotations) takenIds.add(annotation.id)
    takenIds.add(record.id)
    records.push(record)
    pending.set(record.id, print)
  }
  const usedTags = new Set(records.flatMap((r) => r.annotations.map((a) => a.tag)))
  const newTags = tags.created.filter((tag) => usedTags.has(tag.id))
  if (records.length > 0) await commit(context, records, newTags, entities)
  for (const [id, print] of pending) known.set(id, print)
  report.files.push({ file: file.name, format: reader.format, encoding })
  report.imported.push(...records.map((r) => ({ file: r.importedFrom, documentId: r.id, title: r.title, annotationCount: r.annotations.length })))
  report.skippedDuplicates.push(...skipped)
  report.nearDuplicates.push(...near)
  report.warnings.push(...warnings.list())
  report.newTags.push(...newTags.map(({ id, label }) => ({ id, label })))
}

/**
 * Writes the entities the documents link to, then the documents; if the documents cannot be written the
 * new entities are taken out again, so a failed file leaves no trace.
 */
async function commit(context: CoreContext, records: DocumentRecord[], newTags: TagDefinition[], entities: EntityMatcher): Promise<void> {
  const linked = new Set(records.flatMap((r) => r.annotations.map((a) => a.entityId)))
  const created = entities.created.filter((e) => linked.has(e.id))
  const createdIds = new Set(created.map((e) => e.id))
  if (created.length > 0) {
    await context.store.entities.update((draft) => {
      draft.entities.push(...created)
    })
    context.emit('entities.changed', { entityIds: [...createdIds] })
  }
  try {
    await addDocuments(context, records, newTags)
  } catch (error) {
    if (created.length > 0) {
      await context.store.entities
        .update((draft) => {
          draft.entities = draft.entities.filter((e) => !createdIds.has(e.id))
        })
        .then(() => context.emit('entities.changed', { entityIds: [...createdIds] }))
        .catch(() => undefined)
    }
    throw error
  }
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
