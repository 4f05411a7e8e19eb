import type { CoreContext } from '../context'
import { said } from '../shared/i18n/said'
import type { DocumentFieldDefinition } from '../shared/model/document-fields'
import type { DocumentRecord } from '../shared/model/document'
import type { Entity } from '../shared/model/entity'
import type { TagDefinition } from '../shared/model/project'
import type { ImportOptions, ImportReport } from '../shared/import/report'
import { resolveImportedFields } from './document-field-import'
import type { DuplicateVerdict, Fingerprint } from './duplicates'
import { DuplicateIndex } from './duplicate-index'
import type { AttributeAddition } from './tag-for-label'
import { WarningCollector } from './warnings'
import type { ExtractResult } from './worker/protocol'

/** A file read and checked, ready to be committed with others: what it stores and what its report says. */
export interface PreparedFile {
  kind: 'prepared'
  name: string
  extracted: ExtractResult
  records: DocumentRecord[]
  newTags: TagDefinition[]
  newAttributes: AttributeAddition[]
  newFields: DocumentFieldDefinition[]
  /** The entities the file declared that its stored documents link to. */
  newEntities: Entity[]
  /** The fingerprints of the documents it stores, in order. */
  prints: DuplicateIndex
  warnings: WarningCollector
  skipped: ImportReport['skippedDuplicates']
  near: ImportReport['nearDuplicates']
}

/** The longest the duplicate check runs on the main thread before it lets other calls through. */
const YIELD_EVERY_MS = 20

/**
 * Checks an extracted file's documents for duplicates — against the project (`known`), the files read
 * before it whose batch is not committed yet (`batch`) and its own earlier documents — and works out
 * the tags, attributes, fields and entities its kept documents bring. Changes nothing.
 */
export async function prepareFile(context: CoreContext, name: string, extracted: ExtractResult, options: ImportOptions, known: DuplicateIndex, batch: DuplicateIndex): Promise<PreparedFile> {
  const warnings = new WarningCollector(name)
  warnings.pushBounded(extracted.warnings)
  const records: DocumentRecord[] = []
  const prints = new DuplicateIndex()
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
    const verdict = duplicateVerdict(print, known, [batch, prints], (id) => context.store.hasDocument(id))
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
    prints.add(print)
  }
  const usedTags = new Set(records.flatMap((r) => r.annotations.map((a) => a.tag)))
  const newTags = extracted.createdTags.filter((tag) => usedTags.has(tag.id))
  const newAttributes = extracted.addedAttributes.filter((added) => usedTags.has(added.tag))
  const newFields = resolveImportedFields(records, context.store.info.documentFields ?? [], extracted.declaredDocumentFields ?? [], options.addNewTags, (m) => warnings.push(m))
  if (newFields.length > 0) warnings.push(said('importReport.documentFieldsAdded', { file: name, count: newFields.length, fields: newFields.map((f) => f.label).join(', ') }))
  const linked = new Set(records.flatMap((r) => r.annotations.map((a) => a.entityId)))
  const newEntities = extracted.createdEntities.filter((e) => linked.has(e.id))
  return { kind: 'prepared', name, extracted, records, newTags, newAttributes, newFields, newEntities, prints, warnings, skipped, near }
}

/**
 * Whether storing the file changes what the next file's reading depends on (the tag set, attributes,
 * fields, entities), or stores relations that must find only the documents stored before it: such a
 * file ends its batch, and files read ahead of its commit are read again.
 */
export function changesWhatReadingSees(file: PreparedFile): boolean {
  return file.newTags.length + file.newAttributes.length + file.newFields.length + file.newEntities.length > 0 || (file.extracted.crossRelations ?? []).length > 0
}

/** Every id a file's reader chose only because it was free: its documents', annotations' and relations'. */
export function idsChosenFree(extracted: ExtractResult): string[] {
  return extracted.documents.flatMap((d) => (d.kind === 'converted' ? [d.record.id, ...d.record.annotations.map((a) => a.id), ...d.record.relations.map((r) => r.id)] : []))
}

/**
 * The verdict against the project's documents, then the earlier ones of this import not committed yet,
 * in order: a duplicate anywhere wins (the project's first), else the first near-duplicate.
 */
function duplicateVerdict(print: Fingerprint, known: DuplicateIndex, pending: readonly DuplicateIndex[], isStored: (id: string) => boolean): DuplicateVerdict {
  // The session's fingerprints outlive documents deleted meanwhile: those are no longer duplicates of anything.
  const inProject = known.verdict(print, isStored)
  if (inProject?.kind === 'duplicate') return inProject
  const verdicts = pending.map((index) => index.verdict(print))
  return verdicts.find((v) => v?.kind === 'duplicate') ?? inProject ?? verdicts.find((v) => v !== null) ?? null
}
