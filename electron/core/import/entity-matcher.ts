import { randomUUID } from 'node:crypto'
import type { Entity } from '../shared/model/entity'
import type { DeclaredEntity } from './imported-document'

/**
 * Restores the entity links of an imported file in the project: a file's entity (as its header or
 * sidecar declares it) is the project's entity of the same id and tag, else the project's entity of the
 * same tag and name (ignoring case), else a new entity made from the declaration (its id kept when free).
 * Only entities that an imported mention links to are created, so a skipped file leaves none behind.
 */
export class EntityMatcher {
  private readonly declared = new Map<string, DeclaredEntity>()
  private readonly resolved = new Map<string, string | null>()
  readonly created: Entity[] = []

  constructor(
    private readonly existing: readonly Entity[],
    private readonly now: string
  ) {}

  declare(entities: readonly DeclaredEntity[]): void {
    for (const entity of entities) this.declared.set(entity.id, entity)
  }

  /** The project entity a mention with `tag` links to for the file's `entityId`, or null when none fits (the caller reports it). */
  resolve(entityId: string, tag: string): string | null {
    const key = `${tag}\u0000${entityId}`
    if (this.resolved.has(key)) return this.resolved.get(key) ?? null
    const id = this.find(entityId, tag)
    this.resolved.set(key, id)
    return id
  }

  private find(entityId: string, tag: string): string | null {
    const all = [...this.existing, ...this.created]
    const declaration = this.declared.get(entityId)
    const sameId = all.find((e) => e.id === entityId)
    if (sameId && sameId.type === tag && (!declaration || sameId.name.toLowerCase() === declaration.name.toLowerCase())) return sameId.id
    if (!declaration) return null
    const sameName = all.find((e) => e.type === tag && e.name.toLowerCase() === declaration.name.toLowerCase())
    if (sameName) return sameName.id
    const entity: Entity = {
      id: all.some((e) => e.id === declaration.id) ? randomUUID() : declaration.id,
      name: declaration.name,
      type: tag,
      aliases: declaration.aliases,
      note: declaration.note,
      coordinates: declaration.coordinates,
      createdAt: this.now,
      updatedAt: this.now
    }
    this.created.push(entity)
    return entity.id
  }
}
