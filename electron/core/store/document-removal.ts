import { rm } from 'node:fs/promises'
import type { Low } from 'lowdb'
import type { DocumentRecord } from '../shared/model/document'
import type { ProjectFile } from '../shared/model/project'
import { writeFileAtomic } from './atomic-write'
import { DocumentNotFoundError, StoreError, storeErrorFromErrno } from './errors'
import { said } from '../shared/i18n/said'
import { checkBeforeWrite } from './json-file'
import type { DocumentPaths } from './live-document'

/** A document taken out of a project, with its place in the document order: what puts it back exactly. */
export interface RemovedDocument {
  record: DocumentRecord
  index: number
}

export interface RemovalHost {
  dir: string
  project: Low<ProjectFile>
  pathsOf(id: string): DocumentPaths
  /** The document as stored now (journal replayed). */
  read(id: string): Promise<DocumentRecord>
  /** Closes a loaded document's journal and forgets it. */
  unload(id: string): Promise<void>
}

/**
 * Takes documents out of the project: project.json without them is the one commit point (written
 * atomically, fsynced), so a failure before it leaves everything as it was and a crash after it leaves at
 * worst unlisted files. Their files are removed after. Unknown ids refuse the whole removal. Runs in the
 * store's project queue.
 */
export async function removeDocumentFiles(host: RemovalHost, ids: readonly string[]): Promise<RemovedDocument[]> {
  const previous = host.project.data
  const wanted = new Set(ids)
  for (const id of wanted) if (!previous.documentIds.includes(id)) throw new DocumentNotFoundError(id)
  const removed: RemovedDocument[] = []
  for (const [index, id] of previous.documentIds.entries()) {
    if (wanted.has(id)) removed.push({ record: structuredClone(await host.read(id)), index })
  }
  const next: ProjectFile = { ...previous, documentIds: previous.documentIds.filter((id) => !wanted.has(id)) }
  checkBeforeWrite(host.project, next)
  host.project.data = next
  try {
    await host.project.write()
  } catch (error) {
    host.project.data = previous
    throw storeErrorFromErrno(error, host.dir)
  }
  for (const { record } of removed) {
    await host.unload(record.id)
    const paths = host.pathsOf(record.id)
    // Past the commit point: a file that stays behind is unlisted and ignored, so a failure here is not the user's.
    await Promise.all([rm(paths.journal, { force: true }), rm(paths.json, { force: true })]).catch(() => undefined)
  }
  return removed
}

/**
 * Puts removed documents back at their places in the document order, each as one compacted JSON file
 * (written as a compaction writes it), then project.json listing them: all or nothing, like an import.
 */
export async function restoreDocumentFiles(host: RemovalHost, documents: readonly RemovedDocument[]): Promise<void> {
  const previous = host.project.data
  for (const { record } of documents) {
    if (previous.documentIds.includes(record.id)) throw new StoreError('duplicate-id', said('problems.store.duplicateDocument', { id: record.id, dir: host.dir }))
  }
  const documentIds = [...previous.documentIds]
  for (const { record, index } of [...documents].sort((a, b) => a.index - b.index)) {
    documentIds.splice(Math.min(index, documentIds.length), 0, record.id)
  }
  const next: ProjectFile = { ...previous, documentIds }
  checkBeforeWrite(host.project, next)
  const written: DocumentPaths[] = []
  try {
    for (const { record } of documents) {
      const paths = host.pathsOf(record.id)
      written.push(paths)
      // A journal left by a removal that could not delete it must not be replayed over the restored file.
      await rm(paths.journal, { force: true })
      await writeFileAtomic(paths.json, `${JSON.stringify(record, null, 1)}\n`)
    }
    host.project.data = next
    await host.project.write()
  } catch (error) {
    host.project.data = previous
    await Promise.all(written.map((paths) => rm(paths.json, { force: true })))
    throw storeErrorFromErrno(error, host.dir)
  }
}
