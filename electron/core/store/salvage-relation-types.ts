import { relationTypeDefinitionSchema, MAX_RELATION_TYPES, type RelationTypeDefinition } from '../shared/model/relation-types'
import type { TagDefinition } from '../shared/model/project'
import { said, type Said } from '../shared/i18n/said'

/** The relation types a damaged project.json still holds whole, whose end tags the rebuilt project has; the rest are noted. */
export function salvageRelationTypes(raw: unknown, tags: readonly TagDefinition[], notes: Said[]): RelationTypeDefinition[] {
  if (!Array.isArray(raw)) return []
  const tagIds = new Set(tags.map((t) => t.id))
  const kept: RelationTypeDefinition[] = []
  for (const candidate of raw) {
    const parsed = relationTypeDefinitionSchema.safeParse(candidate)
    const fits = parsed.success && [...parsed.data.from, ...parsed.data.to].every((tag) => tagIds.has(tag))
    if (parsed.success && fits && kept.length < MAX_RELATION_TYPES && !kept.some((t) => t.id === parsed.data.id)) kept.push(parsed.data)
    else notes.push(parsed.success ? said('exportNotes.repair.relationTypeNotKept', { label: parsed.data.label }) : said('exportNotes.repair.invalidRelationTypeNotKept'))
  }
  return kept
}
