import type { Entity } from '../shared/model/entity'
import type { EntitiesView, EntityRow } from '../shared/model/views'
import type { DocumentExtract } from './extract'
import { ExtractTracker } from './extract-changes'
export type { EntitiesView, EntityRow }

/**
 * Linked mentions per entity and outlet, and documents per entity, kept by the index: a changed
 * document's old counts are subtracted and its new ones added, so the view never recounts the corpus.
 */
export class EntityTally {
  private readonly tracker = new ExtractTracker()
  readonly mentions = new Map<string, Map<string, number>>()
  readonly documents = new Map<string, number>()
  /** Documents per outlet (an outlet stays listed while it has documents, mentions or not). */
  readonly outlets = new Map<string, number>()

  update(extracts: readonly DocumentExtract[]): void {
    for (const { before, after } of this.tracker.changes(extracts)) {
      if (before) this.count(before, -1)
      if (after) this.count(after, 1)
    }
  }

  private count(extract: DocumentExtract, sign: 1 | -1): void {
    bump(this.outlets, extract.outlet, sign)
    for (const { entityId, count } of extract.entityCounts) {
      bump(this.documents, entityId, sign)
      let byOutlet = this.mentions.get(entityId)
      if (!byOutlet) {
        byOutlet = new Map()
        this.mentions.set(entityId, byOutlet)
      }
      bump(byOutlet, extract.outlet, sign * count)
      if (byOutlet.size === 0) this.mentions.delete(entityId)
    }
  }
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const value = (map.get(key) ?? 0) + by
  if (value === 0) map.delete(key)
  else map.set(key, value)
}

/** The counts the Entities view is drawn from: the index's running tally, or the stored index's. */
export interface EntityCounts {
  readonly mentions: ReadonlyMap<string, ReadonlyMap<string, number>>
  readonly documents: ReadonlyMap<string, number>
  readonly outlets: ReadonlyMap<string, number>
}

/**
 * Each entity with its type, mentions per outlet and number of documents, most mentioned first; the
 * outlet × entity matrix. `tally` is the index's running count; without one, the corpus is counted.
 */
export function entitiesView(
  extracts: readonly DocumentExtract[],
  entities: readonly Entity[],
  options: { type?: string } = {},
  tally: EntityTally = new EntityTally()
): EntitiesView {
  tally.update(extracts)
  return entitiesViewOf(tally, entities, options)
}

/** The Entities view from counts already made. */
export function entitiesViewOf(counts: EntityCounts, entities: readonly Entity[], options: { type?: string } = {}): EntitiesView {
  const rows: EntityRow[] = []
  for (const entity of entities) {
    if (options.type && entity.type !== options.type) continue
    const byOutlet = counts.mentions.get(entity.id)
    const mentionsByOutlet: Record<string, number> = {}
    let mentionCount = 0
    for (const [outlet, count] of byOutlet ?? []) {
      mentionsByOutlet[outlet] = count
      mentionCount += count
    }
    rows.push({ id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases, mentionCount, documentCount: counts.documents.get(entity.id) ?? 0, mentionsByOutlet })
  }
  rows.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
  const outlets = [...counts.outlets.keys()].sort((a, b) => a.localeCompare(b))
  return {
    entities: rows,
    outlets,
    matrix: outlets.map((outlet) => rows.map((row) => row.mentionsByOutlet[outlet] ?? 0))
  }
}
