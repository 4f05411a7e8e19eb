import { crossRelationsFileSchema, type CrossRelationsFile } from '../shared/model/cross-relation'
import { SavedSearchStore } from './saved-search-store'
import { SideFileStore } from './side-file-store'
import type { Low } from 'lowdb'
import type { DocumentFieldDefinition } from '../shared/model/document-fields'
import type { UnsavedChange } from '../shared/model/backups'
import type { DocumentRecord, DocumentSummary } from '../shared/model/document'
import type { ProjectFile, TagDefinition } from '../shared/model/project'
import { DOCUMENTS_FOLDER, ProjectBackups } from './project-backups'
import { DocumentNotFoundError, StoreError, storeErrorFromErrno } from './errors'
import { said } from '../shared/i18n/said'
import { openProjectFolder, type OpenProjectOptions } from './project-opening'
import type { UnsavedChanges } from './unsaved-changes'
import { PROJECT_FILE } from './project-files'
import { LoadedDocuments } from './loaded-documents'
import { nodeJournalFileSystem, type JournalFileSystem } from './journal-file-system'
import { stampOf, type ProjectIndex } from './project-index'
import { ProjectSummaries } from './project-summaries'
import { EntityStore } from './entity-store'
import { KeyedSerialQueue } from './serial'
import type { AttributeDefinition } from '../shared/model/attributes'
import type { RemovedDocument } from './document-removal'
import { DocumentWrites } from './document-writes'
import { ProjectWrites, type ProjectFileChanges } from './project-writes'

export { PROJECT_FILE }
export { DocumentNotFoundError } from './errors'
export type { OpenProjectOptions } from './project-opening'
export { DOCUMENTS_FOLDER }

/** Where the relations across documents are kept. */
export const CROSS_RELATIONS_FILE = 'relations.json'

/**
 * A project folder: `project.json` (name, tags, document order), `documents/<id>.json` (one compacted
 * lowdb-style JSON file per document), `documents/<id>.journal` (the changes since, one fsynced line
 * each, so a change costs one small append whatever the document's size) and `index.json` (the
 * list's summaries, a cache). Documents load on first use. Every change is applied to a copy, made
 * durable, and only then becomes the current state.
 */
export class ProjectStore {
  private readonly documents: LoadedDocuments
  private readonly queue = new KeyedSerialQueue()
  private closed = false
  private readonly documentWrites: DocumentWrites
  private readonly projectWrites: ProjectWrites
  /** Rolling snapshots, restores and the quarantine list. */
  readonly backups: ProjectBackups
  private readonly summaries: ProjectSummaries
  /** The project's entities (`entities.json`), shared by every caller of this store. */
  readonly entities: EntityStore
  /** The project's relations across documents (`relations.json`). */
  readonly crossRelations: SideFileStore<CrossRelationsFile>
  /** The project's saved searches (`searches.json`). */
  readonly savedSearches: SavedSearchStore

  private constructor(
    readonly dir: string,
    private readonly project: Low<ProjectFile>,
    private readonly releaseLock: (() => void) | null,
    /** True when this open created the project (a new user's first start). */
    readonly isNew: boolean,
    index: ProjectIndex,
    backupsEnabled = false,
    journalFileSystem: JournalFileSystem = nodeJournalFileSystem
  ) {
    // Each side file is read on first use, not here.
    const writable = releaseLock !== null
    this.entities = new EntityStore(dir, writable)
    this.crossRelations = new SideFileStore(dir, CROSS_RELATIONS_FILE, crossRelationsFileSchema, () => ({ relations: [] }), writable)
    this.savedSearches = new SavedSearchStore(dir, writable)
    const documents = new LoadedDocuments({ dir, journalFileSystem, hasDocument: (id) => this.hasDocument(id), isOpenForWriting: () => this.releaseLock !== null && !this.closed })
    this.documents = documents
    this.summaries = new ProjectSummaries({
      index,
      queue: this.queue,
      documentIds: () => this.project.data.documentIds,
      loadedDocuments: () => documents.loaded,
      readUnkept: (id) => documents.readUnkept(id),
      pathsOf: (id) => documents.pathsOf(id),
      isWriter: () => this.releaseLock !== null,
      isClosed: () => this.closed
    })
    this.backups = new ProjectBackups(
      {
        dir,
        queue: this.queue,
        project,
        isClosed: () => this.closed,
        pathsOf: (id) => documents.pathsOf(id),
        unloadDocument: (id) => documents.unload(id),
        hasDocument: (id) => this.hasDocument(id),
        assertWritable: () => this.assertWritable(),
        assertDocument: (id) => {
          if (!this.hasDocument(id)) throw new DocumentNotFoundError(id)
        },
        scheduleIndexWrite: () => this.summaries.scheduleWrite()
      },
      backupsEnabled
    )
    const writesHost = { dir, project, queue: this.queue, documents, assertWritable: () => this.assertWritable() }
    this.documentWrites = new DocumentWrites({
      ...writesHost,
      documentChanged: () => {
        this.summaries.scheduleWrite()
        this.backups.changed()
      }
    })
    this.projectWrites = new ProjectWrites({
      ...writesHost,
      readDocument: (id) => this.getDocument(id),
      listChanged: () => this.summaries.scheduleWrite(),
      documentsChanged: () => this.backups.changed()
    })
  }

  static async open(dir: string, options: OpenProjectOptions = {}): Promise<ProjectStore> {
    const { project, releaseLock, isNew, index, olderVersion } = await openProjectFolder(dir, options)
    // Backups only for a writer of a project that existed (a new one has nothing to keep yet).
    const backups = releaseLock !== null && !isNew && (options.backups ?? false)
    const store = new ProjectStore(dir, project, releaseLock, isNew, index, backups, options.journalFileSystem)
    try {
      // Older files are migrated on open, after a snapshot that keeps them as they were.
      if (olderVersion) await store.migrate()
      else if (store.backups.enabled && project.data.documentIds.length > 0) store.backups.scheduleOpenSnapshot()
    } catch (error) {
      releaseLock?.()
      throw storeErrorFromErrno(error, dir)
    }
    return store
  }

  /**
   * The stamp of a document's files as they are now: equal stamps mean unchanged files, so an index
   * derived from the document can tell whether it is still current without reading it.
   */
  documentStamp(id: string): Promise<string> {
    return stampOf(this.documents.pathsOf(id))
  }

  /** The title the document list last knew a document by, even when it can no longer be read. */
  lastKnownTitle(id: string): Promise<string | undefined> {
    return this.summaries.lastKnownTitle(id)
  }

  /** Opened without the writer's lock: every write fails. */
  get readOnly(): boolean {
    return this.releaseLock === null
  }

  get info(): Readonly<ProjectFile> {
    return this.project.data
  }

  async getDocument(id: string): Promise<DocumentRecord> {
    return (await this.documents.load(id)).data
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    return Promise.all(this.project.data.documentIds.map((id) => this.getDocument(id)))
  }

  /**
   * Every document's summary, in the project's order, without reading the documents whose index entry
   * still matches their files; a document that cannot be read is given to `onProblem`.
   */
  listSummaries(onProblem: (id: string, error: unknown) => DocumentSummary): Promise<DocumentSummary[]> {
    return this.summaries.list(onProblem)
  }

  /**
   * Applies `change` to a copy of the document, journals the difference durably, then makes it
   * current. When `isUnchanged(result)` says the change did nothing, nothing is written.
   */
  updateDocument<T>(
    id: string,
    change: (draft: DocumentRecord) => T,
    isUnchanged: (result: T) => boolean = () => false
  ): Promise<{ document: DocumentRecord; result: T }> {
    return this.documentWrites.update(id, change, isUnchanged)
  }

  /** Changes whose write failed, kept in memory until the disk allows (see UnsavedChanges). */
  get unsavedChanges(): UnsavedChanges {
    return this.documentWrites.unsaved
  }

  /** Called with a document's id whenever a kept change is finally written. */
  onChangeSaved(listener: (documentId: string) => void): void {
    this.documentWrites.onChangeSaved(listener)
  }

  /** Called with every kept change whenever one is kept or saved (for a notice in the app). */
  onUnsavedChanged(listener: (pending: UnsavedChange[]) => void): void {
    this.documentWrites.onUnsavedChanged(listener)
  }

  /** Folds a document's journal into its JSON file now (tests, backups, close). */
  compactDocument(id: string): Promise<void> {
    return this.documentWrites.compact(id)
  }

  /**
   * The document as stored now, without keeping it loaded afterwards: an export reads a whole corpus
   * one document at a time, and its memory must not grow with the corpus.
   */
  async readDocumentOnce(id: string): Promise<DocumentRecord> {
    const loaded = this.documents.loaded.get(id)
    if (loaded) return (await loaded).data
    if (!this.hasDocument(id)) throw new DocumentNotFoundError(id)
    return (await this.documents.readUnkept(id)).data
  }

  /**
   * Writes new documents, then appends them to the project's document order in one write of
   * project.json. A batch is all or nothing: if any write fails, the files it wrote are removed.
   * `newTags` (labels an import brought in) join the tag set in that same write of project.json, so
   * they exist exactly when the documents that use them do; so do `newAttributes` (attributes an import
   * added to tags the project has), each unless the tag has one of that id by now. A tag set past the
   * schema's limits refuses the whole write.
   */
  addDocuments(
    records: DocumentRecord[],
    newTags: TagDefinition[] = [],
    newAttributes: readonly { tag: string; attribute: AttributeDefinition }[] = [],
    newFields: readonly DocumentFieldDefinition[] = []
  ): Promise<void> {
    return this.projectWrites.addDocuments(records, newTags, newAttributes, newFields)
  }

  /**
   * Takes documents out of the project, all or none (an unknown id removes nothing), and answers with
   * each as it was stored and where it was listed, for `restoreDocuments` to put back exactly.
   */
  removeDocuments(ids: readonly string[]): Promise<RemovedDocument[]> {
    return this.projectWrites.removeDocuments(ids)
  }

  /** Puts documents `removeDocuments` took out back, as they were and where they were listed. */
  restoreDocuments(documents: readonly RemovedDocument[]): Promise<void> {
    return this.projectWrites.restoreDocuments(documents)
  }

  /**
   * Changes what project.json holds beside its documents (the tag schema, relation types, whole-article
   * fields, name, description), durably; on failure the project stays as it was, in memory as on disk.
   */
  updateProjectFile(changes: ProjectFileChanges): Promise<void> {
    return this.projectWrites.updateProjectFile(changes)
  }

  /** Resolves once every write queued so far is on disk (or has failed): before a switch or a quit. */
  whenIdle(): Promise<void> {
    return this.queue.whenIdle()
  }

  hasDocument(id: string): boolean {
    const ids = this.project.data.documentIds
    // project.json's data is replaced, never mutated, on every change: the set is rebuilt when the list is new.
    if (this.documentIdSet?.ids !== ids) this.documentIdSet = { ids, set: new Set(ids) }
    return this.documentIdSet.set.has(id)
  }
  private documentIdSet: { ids: readonly string[]; set: ReadonlySet<string> } | null = null

  /**
   * Releases the lock. Every acknowledged change is already in a journal; the index is written if it
   * changed (a cache: failing to write it costs only a slower next start), and journals are compacted
   * on the next open or after enough changes.
   */
  close(): void {
    if (this.closed) return
    this.closed = true
    this.documentWrites.unsaved.stop()
    this.backups.stop()
    this.summaries.close()
    this.documents.closeAll()
    this.releaseLock?.()
  }

  /** Rewrites project.json and every document of an older schema in the current one, after a snapshot of them as they were. */
  private async migrate(): Promise<void> {
    await this.backups.snapshot('before-migration')
    for (const id of this.project.data.documentIds) {
      // A document that cannot be read stays as it is (and is reported when opened); the rest are migrated.
      await this.compactDocument(id).catch(() => undefined)
    }
    await this.project.write()
  }

  private assertWritable(): void {
    if (!this.releaseLock) throw new StoreError('opened-read-only', said('problems.store.openedReadOnly', { dir: this.dir }))
  }
}
