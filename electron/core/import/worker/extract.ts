import type { TextEncoding } from '../../shared/import/encodings'
import { said, type Said } from '../../shared/i18n/said'
import type { DocumentFieldDefinition } from '../../shared/model/document-fields'
import { fingerprint } from '../duplicates'
import { EntityMatcher } from '../entity-matcher'
import { documentFromImport } from '../from-import'
import type { FileCrossRelation, ImportedDocument } from '../imported-document'
import { reasonOf } from '../failure-reason'
import { importError } from '../import-error'
import type { ImportReadOptions } from '../reader'
import type { ImportReader } from '../reader'
import { SHIPPED_READERS, readerFor } from '../registry'
import { TagMatcher } from '../tag-for-label'
import { WarningCollector, type BoundedWarnings } from '../warnings'
import { saidBytes } from '../byte-size'
import type { ExtractedDocument, ExtractRequest, ExtractResult, PlanRequest, PlanResult } from './protocol'

const VALID_ID = /^[\w-]{1,64}$/

/** For each file, the files of the batch its reader reads with it. */
export function planBatch({ files }: PlanRequest, readers: readonly ImportReader[] = SHIPPED_READERS): PlanResult {
  const names = new Set(files.map((f) => f.name))
  const companions: PlanResult['companions'] = []
  for (const file of files) {
    const reader = readers.find((r) => r.canRead(file.name, file.bytes))
    const present = (reader?.companions?.(file.name) ?? []).filter((name) => name !== file.name && names.has(name))
    if (present.length > 0) companions.push([file.name, present])
  }
  return { companions }
}

/**
 * Reads one file and turns what it holds into document records, as the import pipeline commits them:
 * the text normalised, spans carried through, tags and entities matched against the project's snapshot,
 * a fingerprint for the duplicate check. Everything CPU-heavy of an import happens here, off the main
 * thread; throws an ApiError naming the file when the file cannot be imported.
 */
export async function extractFile(
  { file, companions, options, limits, project }: ExtractRequest,
  readers: readonly ImportReader[] = SHIPPED_READERS,
  progress?: () => void
): Promise<ExtractResult> {
  const reader = readerFor(file.name, file.bytes, options.textField, readers)
  const maxBytes = reader.lineBased ? limits.lineFileBytes : limits.fileBytes
  if (file.bytes.length > maxBytes) throw importError(file.name, said('importReport.overLimit', { size: saidBytes(file.bytes.length), limit: saidBytes(maxBytes) }))
  if (file.bytes.length === 0 && !reader.emptyIsValid) throw importError(file.name, said('importReport.empty'))
  // Bounded here already, so a hostile file cannot send a report of megabytes across the thread boundary.
  const warnings = new WarningCollector(file.name)
  let encoding: TextEncoding | null = null
  const folder = file.name.includes('/') ? file.name.slice(0, file.name.lastIndexOf('/') + 1) : ''
  const tags = new TagMatcher(project.tags, options.addNewTags)
  const entities = new EntityMatcher(project.entities, project.now)
  const declaredDocumentFields: DocumentFieldDefinition[] = []
  const readOptions: ImportReadOptions = {
    encoding: options.encoding,
    skipInvalid: options.skipInvalid,
    textField: options.textField,
    maxDocumentBytes: limits.fileBytes,
    ...(progress ? { progress } : {}),
    warn: (message) => warnings.push(message),
    usedEncoding: (used) => {
      encoding = used
    },
    companion: (relativePath) => companions.find((f) => f.name === folder + relativePath)?.bytes,
    declare: (schema) => {
      declaredDocumentFields.push(...(schema.documentFields ?? []))
      tags.declare(schema.tags)
      entities.declare(schema.entities)
    }
  }
  const imported = await reader.read(file.name, file.bytes, readOptions)
  warnings.pushAll(tags.notes.map((note) => said('importReport.fileNote', { file: file.name, note })))
  if (imported.length === 0) throw importError(file.name, said('importReport.noDocument'))

  const takenDocumentIds = new Set(project.takenDocumentIds)
  const takenIds = new Set<string>()
  const isIdTaken = (id: string): boolean => takenIds.has(id) || takenDocumentIds.has(id) || !VALID_ID.test(id)
  const now = new Date(project.now)
  const crossRelations = relationsAcross(imported)
  const namedEnds = new Set(crossRelations.flatMap((r) => [r.from, r.to]))
  const documents: ExtractedDocument[] = []
  for (const document of imported) {
    progress?.()
    let converted: ReturnType<typeof documentFromImport>
    try {
      converted = documentFromImport(document, { tags, author: project.author, isIdTaken, now, entityFor: (id, tag) => entities.resolve(id, tag), relationTypeIds: new Set(project.relationTypeIds ?? []) })
    } catch (error) {
      // A file of many documents (JSON lines, an export) skips a bad one only when the user said so.
      if (!options.skipInvalid || imported.length === 1) throw error
      documents.push({ kind: 'skipped', warning: said('importReport.documentSkipped', { origin: document.origin, reason: reasonOf(document.origin, error) }) })
      continue
    }
    const { record } = converted
    for (const annotation of record.annotations) takenIds.add(annotation.id)
    takenIds.add(record.id)
    documents.push({
      kind: 'converted',
      record,
      warnings: bounded(file.name, converted.warnings),
      fingerprint: fingerprint(record.id, record.title, record.text),
      ...(document.id !== undefined ? { fileId: document.id } : {}),
      ...(namedEnds.size > 0 ? { annotationIds: [...converted.annotationIds].filter(([id]) => namedEnds.has(id)) } : {})
    })
  }
  return {
    format: reader.format,
    encoding,
    warnings: warnings.bounded(),
    documents,
    createdTags: tags.created,
    addedAttributes: tags.addedAttributes,
    createdEntities: entities.created,
    declaredDocumentFields,
    ...(crossRelations.length > 0 ? { crossRelations } : {})
  }
}

/** The relations across documents of the file's documents, each with the document it is stated with. */
function relationsAcross(imported: readonly ImportedDocument[]): FileCrossRelation[] {
  return imported.flatMap((document) =>
    (document.relations ?? []).flatMap(({ toDocument, ...relation }) =>
      toDocument === undefined ? [] : [{ ...relation, toDocument, origin: document.origin, ...(document.id !== undefined ? { fromDocument: document.id } : {}) }]
    )
  )
}

function bounded(fileName: string, messages: Said[]): BoundedWarnings {
  const collector = new WarningCollector(fileName)
  collector.pushAll(messages)
  return collector.bounded()
}
