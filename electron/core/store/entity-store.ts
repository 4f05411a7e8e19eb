import { emptyEntitiesFile, entitiesFileSchema, type EntitiesFile, type Entity } from '../shared/model/entity'
import { SideFileStore } from './side-file-store'

export const ENTITIES_FILE = 'entities.json'

/**
 * The project's entities, in their own file `entities.json` (a SideFileStore: validated on read, written
 * atomically and fsynced, created by the first change; a project without it has no entities), with an index
 * by id. Like documents, a change is applied to a copy and becomes current once it is on disk.
 */
export class EntityStore {
  private readonly file: SideFileStore<EntitiesFile>
  /** The index and the content it was built from: a change replaces the content, so identity says when to rebuild. */
  private indexed: { file: EntitiesFile; byId: Map<string, Entity> } | null = null

  constructor(dir: string, writable: boolean) {
    this.file = new SideFileStore(dir, ENTITIES_FILE, entitiesFileSchema, emptyEntitiesFile, writable)
  }

  get dir(): string {
    return this.file.dir
  }

  get path(): string {
    return this.file.path
  }

  /**
   * The file's current content (empty when it does not exist yet). Not to be changed by the caller:
   * a new object replaces it after each change, so its identity tells whether anything changed.
   */
  read(): Promise<EntitiesFile> {
    return this.file.read()
  }

  async get(entityId: string): Promise<Entity | undefined> {
    const file = await this.read()
    if (this.indexed?.file !== file) this.indexed = { file, byId: new Map(file.entities.map((entity) => [entity.id, entity])) }
    return this.indexed.byId.get(entityId)
  }

  /**
   * Applies `change` to a copy of the file and writes it durably; the copy becomes current only once
   * written. `isUnchanged(result)` true means nothing is written.
   */
  update<T>(change: (draft: EntitiesFile) => T, isUnchanged: (result: T) => boolean = () => false): Promise<T> {
    return this.file.update(change, isUnchanged)
  }
}
