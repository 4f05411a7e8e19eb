import type { CoreContext } from '../context'
import { said, type Said } from '../shared/i18n/said'
import type { DocumentFieldDefinition } from '../shared/model/document-fields'
import { resolveImportedFields } from './document-field-import'
import { addDocuments } from '../documents/add-documents'
import type { DocumentRecord } from '../shared/model/document'
import type { Entity } from '../shared/model/entity'
import type { TagDefinition } from '../shared/model/project'
import type { ProjectStore } from '../store/project-store'
import { fingerprint, type DuplicateVerdict, type Fingerprint } from './duplicates'
import { DuplicateIndex } from './duplicate-index'
import { reasonOf } from './failure-reason'
import { importError } from './import-error'
import { IMPORT_LIMITS, type ImportLimits } from '../shared/import/limits'
import { saidBytes } from './byte-size'
import { emptyReport, type ImportOptions, type ImportReport } from '../shared/import/report'
import { besideBratKind, sidecarKind } from '../shared/import/sidecars'
import type { AttributeAddition } from './tag-for-label'
import { WarningCollector } from './warnings'
import { ImportWorkerFailure, sharedImportWorkers, type ImportWorkers } from './worker/pool'
import type { ExtractedDocument, ExtractResult } from './worker/protocol'
import { storeCrossRelations, type StoredFromFile } from './cross-document-relations'

export interface ImportFile {
  /** The file's path as the user chose it (relative inside a chosen folder), for reports and companions. */
  name: string
  bytes: Uint8Array
}

/**
 * Imports files one after another: each is read (format by content and extension) and turned into
 * documents in an import worker, off the main thread, within a time and memory budget; then checked for
 * duplicates and committed here, the single writer, with its documents all together or not at all. A
 * file that fails (or breaks a budget) leaves nothing behind and does not stop the others; the report
 * says what happened to every file. Sidecars of known formats (brat's annotation.conf, Tessera's
 * tessera.json, `*.meta.json`) are read with the files they describe, or skipped with the reason, never
 * stored as documents.
 */
export async function importFiles(
  context: CoreContext,
  files: ImportFile[],
  options: ImportOptions,
  workers: ImportWorkers = sharedImportWorkers(),
  limits: ImportLimits = IMPORT_LIMITS
): Promise<ImportReport> {
  const report = emptyReport()
  const known = await fingerprints(context.store, context.importFingerprints)
  let companionsOf: Map<string, string[]>
  try {
    // Only a batch can hold another file's companion (brat's .txt beside its .ann).
    companionsOf = files.length > 1 ? await workers.plan(files) : new Map()
  } catch (error) {
    for (const file of files) report.failed.push({ file: file.name, reason: failureReason(file.name, error) })
    return report
  }
  // Files another file's reader reads with it are not imported on their own.
  const consumed = new Set([...companionsOf.values()].flat())
  const names = files.map((f) => f.name)
  for (const file of files) {
    const sidecar = sidecarKind(file.name)
    const beside = sidecar ? null : besideBratKind(file.name, names)
    if (beside) {
      report.skipped.push({ file: file.name, reason: said('importReport.sidecar.notDocument', { kind: beside }) })
      continue
    }
    if (sidecar) {
      const reason = said(consumed.has(file.name) ? 'importReport.sidecar.readWith' : 'importReport.sidecar.notDocument', { kind: sidecar })
      report.skipped.push({ file: file.name, reason })
      continue
    }
    if (consumed.has(file.name)) continue
    const companions = files.filter((f) => companionsOf.get(file.name)?.includes(f.name))
    try {
      await importFile(context, workers, file, companions, options, known, report, limits)
    } catch (error) {
      report.failed.push({ file: file.name, reason: failureReason(file.name, error) })
    }
  }
  return report
}

async function importFile(
  context: CoreContext,
  workers: ImportWorkers,
  file: ImportFile,
  companions: ImportFile[],
  options: ImportOptions,
  known: DuplicateIndex,
  report: ImportReport,
  limits: ImportLimits
): Promise<void> {
  // The largest file of any format is refused before it is copied to a worker; the worker holds each
  // format to its own limit (line-based files may be larger: their limit bounds one line).
  const largest = Math.max(limits.fileBytes, limits.lineFileBytes)
  if (file.bytes.length > largest) throw importError(file.name, said('importReport.overLimit', { size: saidBytes(file.bytes.length), limit: saidBytes(largest) }))
  const extracted = await workers.extract({
    file,
    companions,
    options: { encoding: options.encoding, skipInvalid: options.skipInvalid, addNewTags: options.addNewTags, textField: options.textField },
    limits,
    project: {
      tags: context.store.info.tags,
      relationTypeIds: context.store.info.relationTypes.map((t) => t.id),
      entities: (await context.store.entities.read()).entities,
      takenDocumentIds: [...new Set([...context.store.info.documentIds, ...known.ids()])],
      author: context.author,
      now: new Date().toISOString()
    }
  })
  const warnings = new WarningCollector(file.name)
  warnings.pushBounded(extracted.warnings)
  const records: DocumentRecord[] = []
  const pending = new DuplicateIndex()
  const skipped: ImportReport['skippedDuplicates'] = []
  const near: ImportReport['nearDuplicates'] = []
  let lastYield = performance.now()
  for (const document of extracted.documents) {
    // Checking many thousands of documents takes a while: other calls are answered in between.
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve))
      lastYield = performance.now()
    }
    if (document.kind === 'skipped') {
      warnings.push(document.warning)
      continue
    }
    const { record, fingerprint: print } = document
    const verdict = duplicateVerdict(print, known, pending, (id) => context.store.hasDocument(id))
    if (verdict?.kind === 'duplicate' && !options.allowDuplicates) {
      skipped.push({ file: record.importedFrom, title: record.title, duplicateOf: { documentId: verdict.of.id, title: verdict.of.title } })
      continue
    }
    if (verdict) {
      const reason = verdict.kind === 'duplicate' ? said('importReport.sameTextImportedAnyway') : verdict.reason
      near.push({ file: record.importedFrom, documentId: record.id, title: record.title, similarTo: { documentId: verdict.of.id, title: verdict.of.title }, reason })
    }
    warnings.pushBounded(document.warnings)
    records.push(record)
    pending.add(print)
  }
  const usedTags = new Set(records.flatMap((r) => r.annotations.map((a) => a.tag)))
  const newTags = extracted.createdTags.filter((tag) => usedTags.has(tag.id))
  const newAttributes = extracted.addedAttributes.filter((added) => usedTags.has(added.tag))
  const newFields = resolveImportedFields(records, context.store.info.documentFields ?? [], extracted.declaredDocumentFields ?? [], options.addNewTags, (m) => warnings.push(m))
  if (newFields.length > 0) warnings.push(said('importReport.documentFieldsAdded', { file: file.name, count: newFields.length, fields: newFields.map((f) => f.label).join(', ') }))
  if (records.length > 0) await commit(context, records, newTags, newAttributes, extracted, newFields)
  // Only once the documents are durable: a relation never points into a document that failed to be stored.
  warnings.pushAll(await storeCrossRelations(context, file.name, extracted.crossRelations ?? [], storedFromFile(extracted.documents, records)))
  for (const print of pending.fingerprints()) known.add(print)
  report.files.push({ file: file.name, format: extracted.format, encoding: extracted.encoding })
  report.imported.push(...records.map((r) => ({ file: r.importedFrom, documentId: r.id, title: r.title, annotationCount: r.annotations.length })))
  report.skippedDuplicates.push(...skipped)
  report.nearDuplicates.push(...near)
  report.warnings.push(...warnings.list())
  report.newTags.push(...newTags.map(({ id, label }) => ({ id, label })))
  report.newAttributes.push(...newAttributes.map(({ tag, attribute }) => ({ tag, id: attribute.id, label: attribute.label, type: attribute.type })))
}

/** The documents of the file that were stored, with the ids the file gave them and their annotations. */
function storedFromFile(documents: readonly ExtractedDocument[], records: readonly DocumentRecord[]): StoredFromFile[] {
  const stored = new Set(records)
  return documents.flatMap((d) =>
    d.kind === 'converted' && stored.has(d.record)
      ? [{ origin: d.record.importedFrom, record: d.record, annotationIds: new Map(d.annotationIds), ...(d.fileId !== undefined ? { fileId: d.fileId } : {}) }]
      : []
  )
}

/** The longest the duplicate check runs on the main thread before it lets other calls through. */
const YIELD_EVERY_MS = 20

/** The verdict against the project's documents and this file's earlier ones: a duplicate anywhere wins, else the first near-duplicate. */
function duplicateVerdict(print: Fingerprint, known: DuplicateIndex, pending: DuplicateIndex, isStored: (id: string) => boolean): DuplicateVerdict {
  // The session's fingerprints outlive documents deleted meanwhile: those are no longer duplicates of anything.
  const inProject = known.verdict(print, isStored)
  if (inProject?.kind === 'duplicate') return inProject
  const inFile = pending.verdict(print)
  return inFile?.kind === 'duplicate' ? inFile : (inProject ?? inFile)
}

/**
 * Writes the entities the documents link to, then the documents; if the documents cannot be written the
 * new entities are taken out again, so a failed file leaves no trace.
 */
async function commit(
  context: CoreContext,
  records: DocumentRecord[],
  newTags: TagDefinition[],
  newAttributes: AttributeAddition[],
  extracted: ExtractResult,
  newFields: DocumentFieldDefinition[] = []
): Promise<void> {
  const linked = new Set(records.flatMap((r) => r.annotations.map((a) => a.entityId)))
  const created: Entity[] = extracted.createdEntities.filter((e) => linked.has(e.id))
  const createdIds = new Set(created.map((e) => e.id))
  if (created.length > 0) {
    await context.store.entities.update((draft) => {
      draft.entities.push(...created)
    })
    context.emit('entities.changed', { entityIds: [...createdIds] })
  }
  try {
    await addDocuments(context, records, newTags, newAttributes, newFields)
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

/** The fingerprints of the project's documents, computed once per document and kept for the session in `known`. */
async function fingerprints(store: ProjectStore, known: DuplicateIndex): Promise<DuplicateIndex> {
  for (const id of store.info.documentIds) {
    if (known.has(id)) continue
    try {
      const document = await store.getDocument(id)
      known.add(fingerprint(id, document.title, document.text))
    } catch {
      // An unreadable document cannot be compared with; the list already shows its problem.
    }
  }
  return known
}

/** A budget broken or a worker lost is said of the file; anything else as the readers always said it. */
function failureReason(fileName: string, error: unknown): Said {
  return error instanceof ImportWorkerFailure ? error.problem : reasonOf(fileName, error)
}
