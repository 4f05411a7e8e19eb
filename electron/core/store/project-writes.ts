import type { Low } from 'lowdb'
import type { AttributeDefinition } from '../shared/model/attributes'
import type { DocumentRecord } from '../shared/model/document'
import type { DocumentFieldDefinition } from '../shared/model/document-fields'
import type { ProjectFile, TagDefinition } from '../shared/model/project'
import { removeDocumentFiles, restoreDocumentFiles, type RemovalHost, type RemovedDocument } from './document-removal'
import { storeErrorFromErrno } from './errors'
import { checkBeforeWrite } from './json-file'
import type { LoadedDocuments } from './loaded-documents'
import { documentPathIn, writeNewDocuments } from './new-documents'
import type { KeyedSerialQueue } from './serial'

/** What `updateProjectFile` may change. */
export type ProjectFileChanges = Partial<Pick<ProjectFile, 'tags' | 'relationTypes' | 'documentFields' | 'name' | 'description' | 'blindMode'>>

export interface ProjectWritesHost {
  readonly dir: string
  readonly project: Low<ProjectFile>
  readonly queue: KeyedSerialQueue
  readonly documents: LoadedDocuments
  assertWritable(): void
  readDocument(id: string): Promise<DocumentRecord>
  /** The document list changed: the index is written again. */
  listChanged(): void
  /** Documents' files changed: the backups learn of it. */
  documentsChanged(): void
}

/**
 * The writes of project.json, in the project's queue: documents added, removed and put back (whose commit
 * point is project.json listing them or not), and the project's own fields.
 */
export class ProjectWrites {
  constructor(private readonly host: ProjectWritesHost) {}

  async addDocuments(
    records: DocumentRecord[],
    newTags: TagDefinition[],
    newAttributes: readonly { tag: string; attribute: AttributeDefinition }[],
    newFields: readonly DocumentFieldDefinition[]
  ): Promise<void> {
    const { dir, project } = this.host
    this.host.assertWritable()
    return this.host.queue.run('project', async () => {
      await writeNewDocuments({ dir, project, documentPath: (id) => documentPathIn(dir, id) }, records, newTags, newAttributes, newFields)
      this.host.listChanged()
    })
  }

  removeDocuments(ids: readonly string[]): Promise<RemovedDocument[]> {
    this.host.assertWritable()
    return this.host.queue.run('project', async () => {
      const removed = await removeDocumentFiles(this.removalHost(), ids)
      this.host.listChanged()
      this.host.documentsChanged()
      return removed
    })
  }

  restoreDocuments(documents: readonly RemovedDocument[]): Promise<void> {
    this.host.assertWritable()
    return this.host.queue.run('project', async () => {
      await restoreDocumentFiles(this.removalHost(), documents)
      this.host.listChanged()
      this.host.documentsChanged()
    })
  }

  async updateProjectFile(changes: ProjectFileChanges): Promise<void> {
    const { project, queue } = this.host
    this.host.assertWritable()
    return queue.run('project', async () => {
      const previous = project.data
      const next = { ...previous, ...changes }
      checkBeforeWrite(project, next)
      project.data = next
      try {
        await project.write()
      } catch (error) {
        project.data = previous
        throw storeErrorFromErrno(error, this.host.dir)
      }
    })
  }

  private removalHost(): RemovalHost {
    const { dir, project, queue, documents } = this.host
    return {
      dir,
      project,
      pathsOf: (id) => documents.pathsOf(id),
      // After any write of that document already queued.
      read: (id) => queue.run(`document:${id}`, () => this.host.readDocument(id)),
      unload: (id) => queue.run(`document:${id}`, () => documents.unload(id))
    }
  }
}
