import type { JournalFileSystem } from './journal-file-system'
import { DocumentNotFoundError } from './errors'
import { LiveDocument, type DocumentPaths } from './live-document'
import { join } from 'node:path'
import { documentPathInFolder } from './new-documents'
import { DOCUMENTS_FOLDER } from './project-backups'
import { PROJECT_FILE, explainLoadFailure } from './project-files'

export interface LoadedDocumentsOptions {
  dir: string
  journalFileSystem: JournalFileSystem
  hasDocument(id: string): boolean
  /** True while this process holds the project's lock (a load failure then says so). */
  isOpenForWriting(): boolean
}

/**
 * The documents a project store has loaded: one LiveDocument per document, whoever asks first. The load
 * itself is cached, not just its result: two concurrent first reads would otherwise each create an
 * instance, and an update made through one would be lost when the other, read before the update was
 * written, replaced it in the cache.
 */
export class LoadedDocuments {
  readonly loaded = new Map<string, Promise<LiveDocument>>()

  private readonly documentsFolder: string

  constructor(private readonly options: LoadedDocumentsOptions) {
    this.documentsFolder = join(options.dir, DOCUMENTS_FOLDER)
  }

  load(id: string): Promise<LiveDocument> {
    const cached = this.loaded.get(id)
    if (cached) return cached
    if (!this.options.hasDocument(id)) return Promise.reject(new DocumentNotFoundError(id))
    const loading = this.readUnkept(id)
    this.loaded.set(id, loading)
    // A failed load (a corrupt or missing file) is not cached: the next call reads the file again.
    loading.catch(() => {
      if (this.loaded.get(id) === loading) this.loaded.delete(id)
    })
    return loading
  }

  /** The document read from its files without joining the cache (an export reads a corpus one at a time). */
  readUnkept(id: string): Promise<LiveDocument> {
    return LiveDocument.load(id, this.pathsOf(id), PROJECT_FILE, this.options.journalFileSystem).catch((error: unknown) =>
      explainLoadFailure(this.options.dir, id, this.pathsOf(id), error, this.options.isOpenForWriting())
    )
  }

  /** Drops a loaded document (closing its journal), so the next read loads its files again. */
  async unload(id: string): Promise<void> {
    const loaded = this.loaded.get(id)
    this.loaded.delete(id)
    if (loaded) await loaded.then((live) => live.close(), () => undefined)
  }

  closeAll(): void {
    for (const loading of this.loaded.values()) void loading.then((live) => live.close(), () => undefined)
  }

  pathsOf(id: string): DocumentPaths {
    const json = documentPathInFolder(this.documentsFolder, id)
    return { json, journal: `${json.slice(0, -'.json'.length)}.journal` }
  }
}
