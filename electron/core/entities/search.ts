import type { Entity } from '../shared/model/entity'
import { acronymQuery, initialsOf } from './initials'
import { searchKey } from './occurrences'

/**
 * Entities whose name or an alias matches what is typed, as the `Entity` combobox lists them: exact
 * matches first (a name, an alias, or the initials of one: "HTS" for "Hayat Tahrir al-Sham"), then
 * names starting with the text, then names containing it; by name within each.
 * Matching ignores case, diacritics, Arabic letter variants and a leading "the".
 */
export function searchEntities(entities: readonly Entity[], options: { query?: string; type?: string; limit: number }): Entity[] {
  const key = options.query ? searchKey(options.query) : ''
  const acronym = key ? acronymQuery(key) : null
  const ranked: { entity: Entity; rank: number }[] = []
  for (const entity of entities) {
    if (options.type && entity.type !== options.type) continue
    const rank = key ? bestRank(key, acronym, [entity.name, ...entity.aliases]) : 0
    if (rank < 3) ranked.push({ entity, rank })
  }
  ranked.sort((a, b) => a.rank - b.rank || a.entity.name.localeCompare(b.entity.name))
  return ranked.slice(0, options.limit).map((r) => r.entity)
}

function bestRank(key: string, acronym: string | null, names: readonly string[]): number {
  let best = 3
  for (const name of names) {
    const nameKey = searchKey(name)
    if (nameKey === key) return 0
    if (acronym !== null && initialsOf(nameKey).includes(acronym)) return 0
    if (nameKey.startsWith(key)) best = Math.min(best, 1)
    else if (nameKey.includes(key)) best = Math.min(best, 2)
  }
  return best
}
