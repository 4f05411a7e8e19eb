import type { CoreContext } from '../context'
import { inEnglish, said, verbatim, type Said } from '../shared/i18n/said'
import { applyCrossRelationCommands } from '../relations/cross-commands'
import { planCrossRelation } from '../relations/custom-relations'
import type { CrossRelation, CrossRelationsFile } from '../shared/model/cross-relation'
import type { DocumentRecord } from '../shared/model/document'
import { isBuiltInRelationType } from '../shared/model/relation'
import type { RelationTypeDefinition } from '../shared/model/relation-types'
import { saidOf } from './failure-reason'
import { isKeepableId, isoTime } from './from-import'
import type { FileCrossRelation } from './imported-document'

/** A document this file's import stored, with its ids in the file and the ones it was stored with. */
export interface StoredFromFile {
  origin: string
  fileId?: string
  record: DocumentRecord
  /** The file's annotation ids → the stored ones (at least those the file's relations across documents name). */
  annotationIds: ReadonlyMap<string, string>
}

export interface CrossRelationMapping {
  /** The documents of this file that were stored (not those skipped as duplicates or left out). */
  stored: readonly StoredFromFile[]
  /** A document the project held before this import, by id; null when there is none. */
  projectDocument(id: string): Promise<DocumentRecord | null>
  types: readonly RelationTypeDefinition[]
  existing: CrossRelationsFile
  /** The importing annotator and the time of import, for relations the file gives no author or time. */
  author: string
  now: string
}

/**
 * The file's relations across documents as the project's: each end mapped to where its document was
 * stored (a document of this file first, however its id was renamed; else a document the project
 * already held under the file's id, with the annotation's id unchanged), then checked as one added by
 * hand (the type is the project's and allows ends in two documents, the ends carry its tags, it is not
 * there already, this file's earlier relations included). Each one that cannot be kept is left out
 * with a warning naming the file's document, the type and why.
 */
export async function crossRelationsFromFile(relations: readonly FileCrossRelation[], mapping: CrossRelationMapping): Promise<{ relations: CrossRelation[]; warnings: Said[] }> {
  const kept: CrossRelation[] = []
  const warnings: Said[] = []
  const usedIds = new Set(mapping.existing.relations.map((r) => r.id))
  // Indexed, so a file of many relations is mapped in time linear in their number, not quadratic.
  const lookup: Lookup = {
    byOrigin: firstBy(mapping.stored, (d) => d.origin),
    byFileId: firstBy(mapping.stored, (d) => d.fileId),
    held: new Map(mapping.existing.relations.map((r) => [heldKey(r.type, r.fromDocumentId, r.from, r.toDocumentId, r.to), r]))
  }
  for (const relation of relations) {
    // A project document that cannot be read fails only the relations that need it.
    const outcome = await mapRelation(relation, mapping, lookup).catch((error: unknown) => reasonOf(error))
    if (isReason(outcome)) {
      warnings.push(said('importReport.cross.leftOut', { origin: relation.origin, type: relation.type, document: relation.toDocument, reason: outcome }))
      continue
    }
    const id = relation.id && isKeepableId(relation.id) && !usedIds.has(relation.id) ? relation.id : outcome.id
    usedIds.add(id)
    const added = { ...outcome, id }
    kept.push(added)
    lookup.held.set(heldKey(added.type, added.fromDocumentId, added.from, added.toDocumentId, added.to), added)
  }
  return { relations: kept, warnings }
}

interface Lookup {
  byOrigin: ReadonlyMap<string, StoredFromFile>
  byFileId: ReadonlyMap<string, StoredFromFile>
  /** The project's relations across documents and those this file added, by type and ends. */
  held: Map<string, CrossRelation>
}

/** The first document of the file for each key (a file naming two documents alike: the first one, as a search would find it). */
function firstBy(stored: readonly StoredFromFile[], key: (d: StoredFromFile) => string | undefined): Map<string, StoredFromFile> {
  const found = new Map<string, StoredFromFile>()
  for (const d of stored) {
    const k = key(d)
    if (k !== undefined && !found.has(k)) found.set(k, d)
  }
  return found
}

function heldKey(type: string, fromDocument: string, from: string, toDocument: string, to: string): string {
  return JSON.stringify([type, fromDocument, from, toDocument, to])
}

/** Why a relation was left out: a sentence with its full stop. */
type Reason = Said

function isReason<T extends object>(outcome: T | Reason): outcome is Reason {
  return 'key' in outcome
}

/** The relation as the project would store it, or why it cannot be. */
async function mapRelation(relation: FileCrossRelation, mapping: CrossRelationMapping, lookup: Lookup): Promise<CrossRelation | Reason> {
  if (isBuiltInRelationType(relation.type)) return said('importReport.cross.builtIn', { type: relation.type })
  const type = mapping.types.find((t) => t.id === relation.type)
  if (!type) return said('importReport.relation.noSuchType')
  const from = await endOf(lookup.byOrigin.get(relation.origin), relation.fromDocument, relation.from, 'source', mapping)
  if (isReason(from)) return from
  const to = await endOf(lookup.byFileId.get(relation.toDocument), relation.toDocument, relation.to, 'target', mapping)
  if (isReason(to)) return to
  if (from.document.id === to.document.id) return said('importReport.cross.sameDocument')
  // The one relation that could make this a duplicate (either way round for a symmetric type): planCrossRelation says so as it does by hand.
  const twin =
    lookup.held.get(heldKey(type.id, from.document.id, from.annotationId, to.document.id, to.annotationId)) ??
    (type.directed ? undefined : lookup.held.get(heldKey(type.id, to.document.id, to.annotationId, from.document.id, from.annotationId)))
  try {
    return planCrossRelation({ from: from.document, to: to.document }, { relations: twin ? [twin] : [] }, {
      type,
      from: from.annotationId,
      to: to.annotationId,
      author: relation.author ?? mapping.author,
      now: isoTime(relation.createdAt) ?? mapping.now
    })
  } catch (error) {
    return reasonOf(error)
  }
}

/** An error as a reason: its message (said from its catalogue data when it carries them), ending with one full stop. */
function reasonOf(error: unknown): Reason {
  const reason = saidOf(error) ?? verbatim(error instanceof Error ? error.message : String(error))
  return inEnglish(reason).endsWith('.') ? reason : said('importReport.sentence', { text: reason })
}

interface End {
  document: DocumentRecord
  annotationId: string
}

/** Where one end is stored: in a document of this file, else in a document the project held under the file's id. */
async function endOf(
  stored: StoredFromFile | undefined,
  fileDocumentId: string | undefined,
  annotationId: string,
  role: 'source' | 'target',
  mapping: CrossRelationMapping
): Promise<End | Reason> {
  if (stored) {
    const id = stored.annotationIds.get(annotationId)
    return id ? { document: stored.record, annotationId: id } : said('importReport.cross.spanNotImported', { role, annotation: annotationId })
  }
  const document = fileDocumentId === undefined ? null : await mapping.projectDocument(fileDocumentId)
  if (!document) return said('importReport.cross.noDocument', { role, document: fileDocumentId ?? said('importReport.cross.withoutId') })
  if (!document.annotations.some((a) => a.id === annotationId)) return said('importReport.cross.noAnnotation', { document: document.id, title: document.title, annotation: annotationId })
  return { document, annotationId }
}

/**
 * Adds the file's relations across documents to the project once its documents are stored: mapped and
 * checked (crossRelationsFromFile) and written in one durable write of relations.json, between actions,
 * so no edit changes an end meanwhile. Not an undo step, as the import that brings them is none. Returns
 * the warnings: each relation left out, or, when the write fails, that none of them was kept and why.
 */
export async function storeCrossRelations(
  context: CoreContext,
  fileName: string,
  relations: readonly FileCrossRelation[],
  stored: readonly StoredFromFile[]
): Promise<Said[]> {
  if (relations.length === 0) return []
  const { store } = context
  return context.history.exclusive(async () => {
    let mapped: { relations: CrossRelation[]; warnings: Said[] }
    try {
      mapped = await crossRelationsFromFile(relations, {
        stored,
        projectDocument: (id) => (store.hasDocument(id) ? store.readDocumentOnce(id) : Promise.resolve(null)),
        types: store.info.relationTypes,
        existing: await store.crossRelations.read(),
        author: context.author,
        now: new Date().toISOString()
      })
      if (mapped.relations.length > 0) {
        await store.crossRelations.update((draft) => applyCrossRelationCommands(draft, mapped.relations.map((relation) => ({ type: 'add', relation }))))
      }
    } catch (error) {
      return [said('importReport.cross.notWritten', { file: fileName, count: relations.length, reason: reasonOf(error) })]
    }
    if (mapped.relations.length > 0) {
      const documentIds = [...new Set(mapped.relations.flatMap((r) => [r.fromDocumentId, r.toDocumentId]))]
      context.emit('relations.changed', { documentIds })
    }
    return mapped.warnings
  })
}
