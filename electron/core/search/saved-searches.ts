import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import { savedSearchesFileSchema, type SavedSearch, type SavedSearchesFile, type SearchSpec } from '../shared/model/search'
import { ApiError } from '../shared/errors'
import { StoreError, storeErrorFromErrno } from '../store/errors'
import { createJsonFile, openJsonFile } from '../store/json-file'
import type { ProjectStore } from '../store/project-store'
import { KeyedSerialQueue } from '../store/serial'

export const SAVED_SEARCHES_FILE = 'searches.json'

/**
 * The project's saved searches, in their own file `searches.json` beside `project.json` (validated on
 * read, checked before and written atomically and fsynced like every project file; created by the first
 * save). Saving a search is not an edit of the corpus, so it is not an undo step.
 */
export class SavedSearchStore {
  private db: Promise<Low<SavedSearchesFile> | null> | null = null
  private readonly queue = new KeyedSerialQueue()

  constructor(
    readonly dir: string,
    private readonly writable: boolean
  ) {}

  get path(): string {
    return join(this.dir, SAVED_SEARCHES_FILE)
  }

  async list(): Promise<SavedSearch[]> {
    return [...((await this.load())?.data.searches ?? [])]
  }

  /** Saves `search` under `name`; a search of the same name (ignoring case) is replaced. */
  save(name: string, search: SearchSpec): Promise<SavedSearch[]> {
    return this.update((file) => {
      const saved: SavedSearch = { id: randomUUID(), name: name.trim(), search, createdAt: new Date().toISOString() }
      const same = file.searches.findIndex((s) => s.name.toLocaleLowerCase() === saved.name.toLocaleLowerCase())
      if (same === -1) file.searches.push(saved)
      else file.searches[same] = { ...saved, id: file.searches[same]?.id ?? saved.id }
    })
  }

  delete(id: string): Promise<SavedSearch[]> {
    return this.update((file) => {
      const index = file.searches.findIndex((s) => s.id === id)
      if (index === -1) throw new ApiError('not-found', `No saved search has the id ${id}.`)
      file.searches.splice(index, 1)
    })
  }

  private update(change: (draft: SavedSearchesFile) => void): Promise<SavedSearch[]> {
    if (!this.writable) return Promise.reject(new StoreError('opened-read-only', `The project ${this.dir} was opened read-only.`))
    return this.queue.run('searches', async () => {
      const existing = await this.load()
      const draft = structuredClone(existing?.data ?? { version: 1 as const, searches: [] })
      change(draft)
      try {
        if (existing) {
          const previous = existing.data
          existing.data = draft
          await existing.write().catch((error: unknown) => {
            existing.data = previous
            throw error
          })
        } else {
          this.db = Promise.resolve(await createJsonFile(this.path, savedSearchesFileSchema, draft))
        }
      } catch (error) {
        throw storeErrorFromErrno(error, this.dir)
      }
      return [...draft.searches]
    })
  }

  private load(): Promise<Low<SavedSearchesFile> | null> {
    if (!this.db) {
      const loading = openJsonFile(this.path, savedSearchesFileSchema)
      this.db = loading
      // A damaged file is reported on every call, never cached as "none saved" (which the next save would overwrite).
      loading.catch(() => {
        if (this.db === loading) this.db = null
      })
    }
    return this.db
  }
}

const stores = new WeakMap<ProjectStore, SavedSearchStore>()

/** The saved searches of an open project (one store per opened project). */
export function savedSearches(store: ProjectStore): SavedSearchStore {
  let searches = stores.get(store)
  if (!searches) {
    searches = new SavedSearchStore(store.dir, !store.readOnly)
    stores.set(store, searches)
  }
  return searches
}
