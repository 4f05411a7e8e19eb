import { rm } from 'node:fs/promises'
import type { DocumentFieldDefinition } from '../shared/model/document-fields'
import { join, sep } from 'node:path'
import type { Low } from 'lowdb'
import type { AttributeDefinition } from '../shared/model/attributes'
import type { DocumentRecord } from '../shared/model/document'
import { isDocumentId, type ProjectFile, type TagDefinition } from '../shared/model/project'
import { writeNewFilesAtomic } from './atomic-write'
import { StoreError, storeErrorFromErrno } from './errors'
import { said } from '../shared/i18n/said'
import { checkBeforeWrite } from './json-file'
import { DOCUMENTS_FOLDER } from './project-backups'
import { withAttributes } from './tag-additions'

/** Where a document's JSON lives in the project in `dir`; an id that could leave the folder is refused. */
export function documentPathIn(dir: string, id: string): string {
  return documentPathInFolder(join(dir, DOCUMENTS_FOLDER), id)
}

/** documentPathIn for the project's documents folder, already joined (listing 10,000 documents joins it once). */
export function documentPathInFolder(documentsFolder: string, id: string): string {
  // project.json's schema already refuses such ids; this keeps any other caller from leaving the folder.
  if (!isDocumentId(id)) throw new StoreError('unreadable', said('problems.store.invalidDocumentId', { id }))
  // An id holds no separator and no dot, so this is what join() would make of it.
  return `${documentsFolder}${sep}${id}.json`
}

/**
 * Writes new documents, then project.json listing them (with the tags and attributes they bring), all
 * or nothing: a failure removes the document files already written and leaves project.json as it was.
 * Runs in the store's project queue (ProjectStore.addDocuments).
 */
export async function writeNewDocuments(
  host: { dir: string; project: Low<ProjectFile>; documentPath(id: string): string },
  records: readonly DocumentRecord[],
  newTags: readonly TagDefinition[],
  newAttributes: readonly { tag: string; attribute: AttributeDefinition }[],
  newFields: readonly DocumentFieldDefinition[] = []
): Promise<void> {
  const ids = new Set<string>()
  const listed = new Set(host.project.data.documentIds)
  for (const record of records) {
    if (!isDocumentId(record.id)) throw new StoreError('invalid-data', said('problems.store.invalidDocumentId', { id: record.id }))
    if (listed.has(record.id) || ids.has(record.id)) {
      throw new StoreError('duplicate-id', said('problems.store.duplicateDocument', { id: record.id, dir: host.dir }))
    }
    ids.add(record.id)
  }
  const previous = host.project.data
  const tags = [...withAttributes(previous.tags, newAttributes), ...newTags.filter((tag) => !previous.tags.some((t) => t.id === tag.id))]
  const fields = [...(previous.documentFields ?? []), ...newFields.filter((f) => !(previous.documentFields ?? []).some((p) => p.id === f.id))]
  const next: ProjectFile = {
    ...previous,
    tags,
    ...(fields.length > 0 ? { documentFields: fields } : {}),
    documentIds: [...previous.documentIds, ...records.map((r) => r.id)]
  }
  // Refused before any document is written: project.json must always open again.
  checkBeforeWrite(host.project, next)
  try {
    await writeNewFilesAtomic(records.map((record) => ({ path: host.documentPath(record.id), content: () => `${JSON.stringify(record, null, 1)}\n` })))
  } catch (error) {
    throw storeErrorFromErrno(error, host.dir)
  }
  try {
    host.project.data = next
    await host.project.write()
  } catch (error) {
    host.project.data = previous
    await Promise.all(records.map((record) => rm(host.documentPath(record.id), { force: true })))
    throw storeErrorFromErrno(error, host.dir)
  }
}
