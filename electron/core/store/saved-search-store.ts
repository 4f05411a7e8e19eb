import { randomUUID } from 'node:crypto'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { savedSearchesFileSchema, type SavedSearch, type SavedSearchesFile, type SearchSpec } from '../shared/model/search'
import { SideFileStore } from './side-file-store'

export const SAVED_SEARCHES_FILE = 'searches.json'

/**
 * The project's saved searches, in their own file `searches.json` beside `project.json` (a SideFileStore:
 * validated on read, written atomically and fsynced, created by the first save). Saving a search is not an
 * edit of the corpus, so it is not an undo step.
 */
export class SavedSearchStore {
  private readonly file: SideFileStore<SavedSearchesFile>

  constructor(dir: string, writable: boolean) {
    this.file = new SideFileStore(dir, SAVED_SEARCHES_FILE, savedSearchesFileSchema, () => ({ version: 1 as const, searches: [] }), writable)
  }

  get path(): string {
    return this.file.path
  }

  async list(): Promise<SavedSearch[]> {
    return [...(await this.file.read()).searches]
  }

  /** Saves `search` under `name`; a search of the same name (ignoring case) is replaced. */
  save(name: string, search: SearchSpec): Promise<SavedSearch[]> {
    return this.file.update((draft) => {
      const saved: SavedSearch = { id: randomUUID(), name: name.trim(), search, createdAt: new Date().toISOString() }
      const same = draft.searches.findIndex((s) => s.name.toLocaleLowerCase() === saved.name.toLocaleLowerCase())
      if (same === -1) draft.searches.push(saved)
      else draft.searches[same] = { ...saved, id: draft.searches[same]?.id ?? saved.id }
      return [...draft.searches]
    })
  }

  delete(id: string): Promise<SavedSearch[]> {
    return this.file.update((draft) => {
      const index = draft.searches.findIndex((s) => s.id === id)
      if (index === -1) throw new ApiError('not-found', said('problems.store.noSavedSearch', { id }))
      draft.searches.splice(index, 1)
      return [...draft.searches]
    })
  }
}
