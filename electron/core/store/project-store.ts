import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { DocumentRecord } from '../model/document'
import { documentFileSchema, projectFileReadSchema } from '../model/files'
import { DEFAULT_TAGS, PROJECT_SCHEMA_VERSION, documentIdSchema, type ProjectFile, type TagDefinition } from '../model/project'
import { StoreError, storeErrorFromErrno } from './errors'
import { ValidatedJsonFile, createJsonFile, openJsonFile } from './json-file'
import { LOCK_FILE, acquireProjectLock } from './lock'
import { KeyedSerialQueue } from './serial'

export const PROJECT_FILE = 'project.json'
export const DOCUMENTS_FOLDER = 'documents'

export interface OpenProjectOptions {
  /** Read without taking the writer's lock (export, list). Any write then fails. */
  readOnly?: boolean
  /** Name given to a project created in an empty folder. */
  nameForNew?: string
}

/**
 * A project folder: `project.json` (name, tags, document order) and `documents/<id>.json`, one lowdb
 * file per document, so a change costs a write of one document. Documents load on first use.
 * Every mutation is applied to a copy, written durably, and only then becomes the current state.
 */
export class ProjectStore {
  /** Loaded documents, or their load in flight: one Low instance per document, whoever asks first. */
  private readonly documents = new Map<string, Promise<Low<DocumentRecord>>>()
  private readonly queue = new KeyedSerialQueue()

  private constructor(
    readonly dir: string,
    private readonly project: Low<ProjectFile>,
    private readonly releaseLock: (() => void) | null,
    /** True when this open created the project (a new user's first start). */
    readonly isNew: boolean
  ) {}

  static async open(dir: string, options: OpenProjectOptions = {}): Promise<ProjectStore> {
    if (options.readOnly) {
      const project = await openJsonFile(join(dir, PROJECT_FILE), projectFileReadSchema)
      if (!project) throw new StoreError('not-a-project', `${dir} is not a Tessera project: it has no ${PROJECT_FILE}.`)
      return new ProjectStore(dir, project, null, false)
    }
    await mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw storeErrorFromErrno(error, dir)
    })
    const release = acquireProjectLock(dir)
    try {
      const existing = await openJsonFile(join(dir, PROJECT_FILE), projectFileReadSchema)
      if (existing) return new ProjectStore(dir, existing, release, false)
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
      return new ProjectStore(dir, created, release, true)
    } catch (error) {
      release()
      throw storeErrorFromErrno(error, dir)
    }
  }

  /** Opened without the writer's lock: every write fails. */
  get readOnly(): boolean {
    return this.releaseLock === null
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
   * Applies `change` to a copy of the document, writes it durably, then makes it current. When
   * `isUnchanged(result)` says the change did nothing, nothing is written.
   */
  async updateDocument<T>(
    id: string,
    change: (draft: DocumentRecord) => T,
    isUnchanged: (result: T) => boolean = () => false
  ): Promise<{ document: DocumentRecord; result: T }> {
    this.assertWritable()
    return this.queue.run(`document:${id}`, async () => {
      const db = await this.loadDocument(id)
      const draft = structuredClone(db.data)
      const result = change(draft)
      if (isUnchanged(result)) return { document: db.data, result }
      const previous = db.data
      db.data = draft
      try {
        await db.write()
      } catch (error) {
        db.data = previous
        throw storeErrorFromErrno(error, this.dir)
      }
      return { document: draft, result }
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
          await createJsonFile(this.documentPath(record.id), documentFileSchema, record)
        }
        this.project.data = { ...previous, documentIds: [...previous.documentIds, ...records.map((r) => r.id)] }
        await this.project.write()
      } catch (error) {
        this.project.data = previous
        await Promise.all(written.map((record) => rm(this.documentPath(record.id), { force: true })))
        throw storeErrorFromErrno(error, this.dir)
      }
      for (const record of records) this.documents.set(record.id, Promise.resolve(new Low(new ValidatedJsonFile(this.documentPath(record.id), documentFileSchema), record)))
    })
  }

  /** Replaces the project's tag schema, durably. */
  async setTags(tags: TagDefinition[]): Promise<void> {
    this.assertWritable()
    return this.queue.run('project', async () => {
      const previous = this.project.data
      this.project.data = { ...previous, tags }
      try {
        await this.project.write()
      } catch (error) {
        this.project.data = previous
        throw error
      }
    })
  }

  /** Renames the project or changes its description, durably. */
  async updateInfo(changes: { name?: string; description?: string }): Promise<void> {
    this.assertWritable()
    return this.queue.run('project', async () => {
      const previous = this.project.data
      this.project.data = { ...previous, ...changes }
      try {
        await this.project.write()
      } catch (error) {
        this.project.data = previous
        throw storeErrorFromErrno(error, this.dir)
      }
    })
  }

  /** Resolves once every write queued so far is on disk (or has failed): before a switch or a quit. */
  whenIdle(): Promise<void> {
    return this.queue.whenIdle()
  }

  hasDocument(id: string): boolean {
    return this.project.data.documentIds.includes(id)
  }

  close(): void {
    this.releaseLock?.()
  }

  /**
   * The document's one Low instance. The load itself is cached, not just its result: two concurrent
   * first reads would otherwise each create an instance, and an update made through one would be lost
   * when the other, read before the update was written, replaced it in the cache.
   */
  private loadDocument(id: string): Promise<Low<DocumentRecord>> {
    const cached = this.documents.get(id)
    if (cached) return cached
    if (!this.hasDocument(id)) return Promise.reject(new DocumentNotFoundError(id))
    const loading = this.readDocument(id)
    this.documents.set(id, loading)
    // A failed load (a corrupt or missing file) is not cached: the next call reads the file again.
    loading.catch(() => {
      if (this.documents.get(id) === loading) this.documents.delete(id)
    })
    return loading
  }

  private async readDocument(id: string): Promise<Low<DocumentRecord>> {
    const path = this.documentPath(id)
    const db = await openJsonFile(path, documentFileSchema)
    if (!db) throw new StoreError('unreadable', `${path} is missing: the project lists it but the file is gone.`)
    if (db.data.id !== id) {
      throw new StoreError('unreadable', `${path} holds document "${db.data.id}", not "${id}" as ${PROJECT_FILE} says: Tessera will not use it under either id.`)
    }
    return db
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
