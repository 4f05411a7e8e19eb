import { join } from 'node:path'
import type { Low } from 'lowdb'
import { emptyEntitiesFile, entitiesFileSchema, type EntitiesFile, type Entity } from '../shared/model/entity'
import { StoreError, storeErrorFromErrno } from './errors'
import { createJsonFile, openJsonFile } from './json-file'
import { KeyedSerialQueue } from './serial'

export const ENTITIES_FILE = 'entities.json'

/**
 * The project's entities, in their own lowdb file `entities.json` (validated on read, written
 * atomically and fsynced). The file is created by the first change; a project without it has no
 * entities. Like documents, a change is applied to a copy and becomes current once it is on disk.
 */
export class EntityStore {
  private db: Promise<Low<EntitiesFile> | null> | null = null
  private readonly queue = new KeyedSerialQueue()
  private byId = new Map<string, Entity>()
  /** What a project without the file holds; one object, so readers can tell "unchanged" by identity. */
  private readonly empty: EntitiesFile = emptyEntitiesFile()

  constructor(
    readonly dir: string,
    private readonly writable: boolean
  ) {}

  get path(): string {
    return join(this.dir, ENTITIES_FILE)
  }

  /**
   * The file's current content (empty when it does not exist yet). Not to be changed by the caller:
   * a new object replaces it after each change, so its identity tells whether anything changed.
   */
  async read(): Promise<EntitiesFile> {
    return (await this.load())?.data ?? this.empty
  }

  async get(entityId: string): Promise<Entity | undefined> {
    await this.read()
    return this.byId.get(entityId)
  }

  /**
   * Applies `change` to a copy of the file and writes it durably; the copy becomes current only once
   * written. `isUnchanged(result)` true means nothing is written.
   */
  async update<T>(change: (draft: EntitiesFile) => T, isUnchanged: (result: T) => boolean = () => false): Promise<T> {
    if (!this.writable) throw new StoreError('opened-read-only', `The project ${this.dir} was opened read-only.`)
    return this.queue.run('entities', async () => {
      const existing = await this.load()
      const draft = structuredClone(existing?.data ?? emptyEntitiesFile())
      const result = change(draft)
      if (isUnchanged(result)) return result
      try {
        if (existing) {
          const previous = existing.data
          existing.data = draft
          await existing.write().catch((error: unknown) => {
            existing.data = previous
            throw error
          })
        } else {
          this.db = Promise.resolve(await createJsonFile(this.path, entitiesFileSchema, draft))
        }
      } catch (error) {
        throw storeErrorFromErrno(error, this.dir)
      }
      this.reindex(draft)
      return result
    })
  }

  private load(): Promise<Low<EntitiesFile> | null> {
    if (!this.db) {
      const loading = openJsonFile(this.path, entitiesFileSchema).then((db) => {
        this.reindex(db?.data ?? emptyEntitiesFile())
        return db
      })
      this.db = loading
      // A damaged file is reported on every call, never cached as "no entities" (which the next write would overwrite).
      loading.catch(() => {
        if (this.db === loading) this.db = null
      })
    }
    return this.db
  }

  private reindex(file: EntitiesFile): void {
    this.byId = new Map(file.entities.map((entity) => [entity.id, entity]))
  }
}
