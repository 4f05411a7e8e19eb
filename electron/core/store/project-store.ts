import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import type { DocumentRecord, DocumentSummary } from '../model/document'
import { summarize } from '../model/document-summary'
import { projectFileReadSchema } from '../model/files'
import { DEFAULT_TAGS, PROJECT_SCHEMA_VERSION, documentIdSchema, type ProjectFile } from '../model/project'
import { StoreError, storeErrorFromErrno } from './errors'
import { writeFileAtomic } from './atomic-write'
import { createJsonFile, openJsonFile } from './json-file'
import { COMPACT_AFTER_CHANGES, LiveDocument, type DocumentPaths } from './live-document'
import { ProjectIndex } from './project-index'
import { LOCK_FILE, acquireProjectLock } from './lock'
import { KeyedSerialQueue } from './serial'

export const PROJECT_FILE = 'project.json'
export const DOCUMENTS_FOLDER = 'documents'
/** How long after a change the index is written: changes come in bursts while tagging. */
const INDEX_WRITE_DELAY_MS = 2_000

export interface OpenProjectOptions {
  /** Read without taking the writer's lock (export, list). Any write then fails. */
  readOnly?: boolean
  /** Name given to a project created in an empty folder. */
  nameForNew?: string
}

/**
 * A project folder: `project.json` (name, tags, document order), `documents/<id>.json` (one compacted
 * lowdb-style JSON file per document), `documents/<id>.journal` (the changes since, one fsynced line
 * each, so a change costs one small append whatever the document's size) and `index.json` (the
 * list's summaries, a cache). Documents load on first use. Every change is applied to a copy, made
 * durable, and only then becomes the current state.
 */
export class ProjectStore {
  /** Loaded documents, or their load in flight: one instance per document, whoever asks first. */
  private readonly documents = new Map<string, Promise<LiveDocument>>()
  private readonly queue = new KeyedSerialQueue()
  private indexTimer: NodeJS.Timeout | null = null
  private closed = false

  private constructor(
    readonly dir: string,
    private readonly project: Low<ProjectFile>,
    private readonly releaseLock: (() => void) | null,
    /** True when this open created the project (a new user's first start). */
    readonly isNew: boolean,
    private readonly index: ProjectIndex
  ) {}

  static async open(dir: string, options: OpenProjectOptions = {}): Promise<ProjectStore> {
    if (options.readOnly) {
      const project = await openJsonFile(join(dir, PROJECT_FILE), projectFileReadSchema)
      if (!project) throw new StoreError('not-a-project', `${dir} is not a Tessera project: it has no ${PROJECT_FILE}.`)
      return new ProjectStore(dir, project, null, false, await ProjectIndex.open(dir))
    }
    await mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw storeErrorFromErrno(error, dir)
    })
    const release = acquireProjectLock(dir)
    try {
      const existing = await openJsonFile(join(dir, PROJECT_FILE), projectFileReadSchema)
      if (existing) return new ProjectStore(dir, existing, release, false, await ProjectIndex.open(dir))
      await refuseForeignFolder(dir)
      await mkdir(join(dir, DOCUMENTS_FOLDER), { recursive: true })
      const created = await createJsonFile(join(dir, PROJECT_FILE), projectFileReadSchema, {
        schemaVersion: PROJECT_SCHEMA_VERSION,
        name: options.nameForNew ?? 'Untitled project',
        description: '',
        createdAt: new Date().toISOString(),
        tags: DEFAULT_TAGS,
        documentIds: []
      })
      return new ProjectStore(dir, created, release, true, await ProjectIndex.open(dir))
    } catch (error) {
      release()
      throw storeErrorFromErrno(error, dir)
    }
  }

  get info(): Readonly<ProjectFile> {
    return this.project.data
  }

  async getDocument(id: string): Promise<DocumentRecord> {
    return (await this.loadDocument(id)).data
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    return Promise.all(this.project.data.documentIds.map((id) => this.getDocument(id)))
  }

  /**
   * Every document's summary, in the project's order, without reading the documents whose index entry
   * still matches their files; a document that cannot be read is given to `onProblem`.
   */
  async listSummaries(onProblem: (id: string, error: unknown) => DocumentSummary): Promise<DocumentSummary[]> {
    const summaries = await Promise.all(
      this.project.data.documentIds.map(async (id) => {
        try {
          return await this.summaryOf(id)
        } catch (error) {
          return onProblem(id, error)
        }
      })
    )
    if (this.releaseLock) {
      this.index.forget(new Set(this.project.data.documentIds))
      this.scheduleIndexWrite()
    }
    return summaries
  }

  /**
   * Applies `change` to a copy of the document, journals the difference durably, then makes it
   * current. When `isUnchanged(result)` says the change did nothing, nothing is written.
   */
  async updateDocument<T>(
    id: string,
    change: (draft: DocumentRecord) => T,
    isUnchanged: (result: T) => boolean = () => false
  ): Promise<{ document: DocumentRecord; result: T }> {
    this.assertWritable()
    return this.queue.run(`document:${id}`, async () => {
      const live = await this.loadDocument(id)
      let outcome
      try {
        outcome = await live.update(change, isUnchanged)
      } catch (error) {
        throw storeErrorFromErrno(error, this.dir)
      }
      if (outcome.entries.length > 0) {
        this.scheduleIndexWrite()
        if (live.pendingChanges >= COMPACT_AFTER_CHANGES) void this.compactInBackground(id)
      }
      return { document: live.data, result: outcome.result }
    })
  }

  /** Folds a document's journal into its JSON file now (tests, backups, close). */
  compactDocument(id: string): Promise<void> {
    this.assertWritable()
    return this.queue.run(`document:${id}`, async () => {
      const live = await this.loadDocument(id)
      if (live.pendingChanges > 0) await live.compact()
    })
  }

  /**
   * Writes new documents, then appends them to the project's document order in one write of
   * project.json. A batch is all or nothing: if any write fails, the files it wrote are removed.
   */
  async addDocuments(records: DocumentRecord[]): Promise<void> {
    this.assertWritable()
    return this.queue.run('project', async () => {
      const ids = new Set<string>()
      for (const record of records) {
        if (!documentIdSchema.safeParse(record.id).success) throw new StoreError('unreadable', `"${record.id}" is not a valid document id.`)
        if (this.project.data.documentIds.includes(record.id) || ids.has(record.id)) {
          throw new StoreError('unreadable', `A document with id ${record.id} already exists in ${this.dir}.`)
        }
        ids.add(record.id)
      }
      const written: DocumentRecord[] = []
      const previous = this.project.data
      try {
        for (const record of records) {
          written.push(record)
          await writeFileAtomic(this.documentPath(record.id), `${JSON.stringify(record, null, 1)}\n`)
        }
        this.project.data = { ...previous, documentIds: [...previous.documentIds, ...records.map((r) => r.id)] }
        await this.project.write()
      } catch (error) {
        this.project.data = previous
        await Promise.all(written.map((record) => rm(this.documentPath(record.id), { force: true })))
        throw storeErrorFromErrno(error, this.dir)
      }
      this.scheduleIndexWrite()
    })
  }

  hasDocument(id: string): boolean {
    return this.project.data.documentIds.includes(id)
  }

  /**
   * Releases the lock. Every acknowledged change is already in a journal; the index is written if it
   * changed (a cache: failing to write it costs only a slower next start), and journals are compacted
   * on the next open or after enough changes.
   */
  close(): void {
    if (this.closed) return
    this.closed = true
    if (this.indexTimer) clearTimeout(this.indexTimer)
    if (this.releaseLock) {
      try {
        this.index.writeSync()
      } catch {
        // The index is rebuilt from the documents when it does not match them.
      }
    }
    for (const loading of this.documents.values()) void loading.then((live) => live.close(), () => undefined)
    this.releaseLock?.()
  }

  private async summaryOf(id: string): Promise<DocumentSummary> {
    const loaded = this.documents.get(id)
    if (loaded) return this.recordSummary(id, await loaded)
    const indexed = await this.index.lookup(id, this.pathsOf(id))
    if (indexed) return indexed
    return this.recordSummary(id, await this.loadDocument(id))
  }

  /** The summary of a loaded document; the writer records it in the index, in the document's queue so no change slips between. */
  private async recordSummary(id: string, live: LiveDocument): Promise<DocumentSummary> {
    if (!this.releaseLock || this.closed) return summarize(live.data)
    return this.queue.run(`document:${id}`, async () => {
      const summary = summarize(live.data)
      await this.index.record(id, this.pathsOf(id), summary)
      return summary
    })
  }

  /** The index is written a moment after the last change, from the documents changed since. */
  private scheduleIndexWrite(): void {
    if (this.indexTimer || this.closed) return
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null
      void this.refreshIndex()
    }, INDEX_WRITE_DELAY_MS)
    this.indexTimer.unref()
  }

  private async refreshIndex(): Promise<void> {
    try {
      for (const [id, loading] of this.documents) {
        const live = await loading.catch(() => null)
        if (live && !this.closed) await this.recordSummary(id, live)
      }
      if (!this.closed) await this.index.write()
    } catch {
      // A cache that could not be written: the next start reads the documents it does not match.
    }
  }

  private async compactInBackground(id: string): Promise<void> {
    try {
      await this.compactDocument(id)
    } catch {
      // The journal still holds every change; compaction is tried again after the next change.
    }
  }

  /**
   * The document's one Low instance. The load itself is cached, not just its result: two concurrent
   * first reads would otherwise each create an instance, and an update made through one would be lost
   * when the other, read before the update was written, replaced it in the cache.
   */
  private loadDocument(id: string): Promise<LiveDocument> {
    const cached = this.documents.get(id)
    if (cached) return cached
    if (!this.hasDocument(id)) return Promise.reject(new DocumentNotFoundError(id))
    const loading = LiveDocument.load(id, this.pathsOf(id), PROJECT_FILE)
    this.documents.set(id, loading)
    // A failed load (a corrupt or missing file) is not cached: the next call reads the file again.
    loading.catch(() => {
      if (this.documents.get(id) === loading) this.documents.delete(id)
    })
    return loading
  }

  private pathsOf(id: string): DocumentPaths {
    const json = this.documentPath(id)
    return { json, journal: `${json.slice(0, -'.json'.length)}.journal` }
  }

  private documentPath(id: string): string {
    // project.json's schema already refuses such ids; this keeps any other caller from leaving the folder.
    if (!documentIdSchema.safeParse(id).success) throw new StoreError('unreadable', `"${id}" is not a valid document id.`)
    return join(this.dir, DOCUMENTS_FOLDER, `${id}.json`)
  }

  private assertWritable(): void {
    if (!this.releaseLock) throw new StoreError('locked', `The project ${this.dir} was opened read-only.`)
  }
}

export class DocumentNotFoundError extends Error {
  constructor(readonly documentId: string) {
    super(`No document with id ${documentId} in this project.`)
    this.name = 'DocumentNotFoundError'
  }
}

/** A folder with files of its own is not silently turned into a project. */
async function refuseForeignFolder(dir: string): Promise<void> {
  const entries = (await readdir(dir)).filter((name) => !name.startsWith('.') && name !== LOCK_FILE)
  if (entries.length > 0) {
    throw new StoreError(
      'not-a-project',
      `${dir} is not a Tessera project (no ${PROJECT_FILE}) and is not empty (${entries.slice(0, 3).join(', ')}…). Choose an empty folder or an existing project.`
    )
  }
}
