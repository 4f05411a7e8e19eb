import { join } from 'node:path'
import type { Low } from 'lowdb'
import type { z } from 'zod'
import { StoreError, storeErrorFromErrno } from './errors'
import { said } from '../shared/i18n/said'
import { createJsonFile, openJsonFile } from './json-file'
import { KeyedSerialQueue } from './serial'

/**
 * One project-wide JSON file beside project.json (validated on read, written atomically and fsynced),
 * created by its first change: a project without it holds `empty()`. A change is applied to a copy and
 * becomes current once it is on disk. The entities, the saved searches and the relations across documents
 * each live in one.
 */
export class SideFileStore<T> {
  private db: Promise<Low<T> | null> | null = null
  private readonly queue = new KeyedSerialQueue()
  private readonly none: T

  constructor(
    readonly dir: string,
    readonly fileName: string,
    private readonly schema: z.ZodType<T>,
    private readonly empty: () => T,
    private readonly writable: boolean
  ) {
    this.none = empty()
  }

  get path(): string {
    return join(this.dir, this.fileName)
  }

  /** The current content; not to be changed by the caller (a new object replaces it after each change). */
  async read(): Promise<T> {
    return (await this.load())?.data ?? this.none
  }

  /** Applies `change` to a copy and writes it durably; `isUnchanged(result)` true means nothing is written. */
  async update<R>(change: (draft: T) => R, isUnchanged: (result: R) => boolean = () => false): Promise<R> {
    if (!this.writable) throw new StoreError('opened-read-only', said('problems.store.openedReadOnly', { dir: this.dir }))
    return this.queue.run(this.fileName, async () => {
      const existing = await this.load()
      const draft = structuredClone(existing?.data ?? this.empty())
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
          this.db = Promise.resolve(await createJsonFile(this.path, this.schema, draft))
        }
      } catch (error) {
        throw storeErrorFromErrno(error, this.dir)
      }
      return result
    })
  }

  private load(): Promise<Low<T> | null> {
    if (!this.db) {
      const loading = openJsonFile(this.path, this.schema)
      this.db = loading
      // A damaged file is reported on every call, never cached as empty (which the next write would overwrite).
      loading.catch(() => {
        if (this.db === loading) this.db = null
      })
    }
    return this.db
  }
}
