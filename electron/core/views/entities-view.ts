import type { Entity } from '../model/entity'
import type { DocumentExtract } from './extract'
import type { EntityRow, EntitiesView } from '../model/views'
export type { EntityRow, EntitiesView }


/** Each entity with its type, mentions per outlet and number of documents; the outlet × entity matrix. */
export function entitiesView(extracts: readonly DocumentExtract[], entities: readonly Entity[], options: { type?: string } = {}): EntitiesView {
  const rows = new Map<string, EntityRow>()
  for (const entity of entities) {
    if (options.type && entity.type !== options.type) continue
    rows.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases, mentionCount: 0, documentCount: 0, mentionsByOutlet: {} })
  }
  const outlets = new Set<string>()
  for (const extract of extracts) {
    outlets.add(extract.outlet)
    for (const { entityId, count } of extract.entityCounts) {
      const row = rows.get(entityId)
      if (!row) continue
      row.mentionCount += count
      row.documentCount += 1
      row.mentionsByOutlet[extract.outlet] = (row.mentionsByOutlet[extract.outlet] ?? 0) + count
    }
  }
  const sorted = [...rows.values()].sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
  const outletList = [...outlets].sort((a, b) => a.localeCompare(b))
  return {
    entities: sorted,
    outlets: outletList,
    matrix: outletList.map((outlet) => sorted.map((row) => row.mentionsByOutlet[outlet] ?? 0))
  }
}
