import type { CoreContext } from '../context'
import type { EntitiesFile, Entity, RejectedSuggestion } from '../shared/model/entity'
import type { DocumentExtract, MentionExtract } from '../views/extract'
import { UnlinkedMentions } from '../views/unlinked-mentions'
import { runAction } from '../history/actions'
import { requireEntity, requireMention } from './entities'
import { searchKey } from './occurrences'
import type { Suggestion, SuggestionList } from '../shared/model/views'
export type { Suggestion, SuggestionList }


/**
 * Unlinked mentions whose text matches an entity's name or an alias (ignoring case, diacritics, Arabic
 * letter variants, a leading "the"), of the entity's type, not rejected before. Read from the view
 * index: no document is read.
 */
export async function listSuggestions(
  context: CoreContext,
  options: { entityId?: string; documentId?: string; limit: number }
): Promise<SuggestionList> {
  const index = context.views
  return findSuggestions(await index.all(), await context.store.entities.read(), options, index.unlinkedMentions)
}

/**
 * The suggestions among `extracts` for the entities of `file`, in document order then reading order.
 * `unlinked` is the index's running lookup of unlinked mentions by key; without one it is built here.
 */
export function findSuggestions(
  extracts: readonly DocumentExtract[],
  file: EntitiesFile,
  options: { entityId?: string; documentId?: string; limit: number },
  unlinked: UnlinkedMentions = new UnlinkedMentions()
): SuggestionList {
  unlinked.update(extracts)
  const rejected = new Set(file.rejectedSuggestions.map(rejectionKey))
  const byKey = entitiesByKeyOf(file)
  const offered = (extract: DocumentExtract, mention: MentionExtract, entity: Entity): boolean =>
    entity.type === mention.tag &&
    (!options.entityId || entity.id === options.entityId) &&
    (!options.documentId || extract.documentId === options.documentId) &&
    !(rejected.size > 0 && rejected.has(rejectionKey({ documentId: extract.documentId, annotationId: mention.annotationId, entityId: entity.id })))
  // The count comes from the lookup of unlinked mentions by key, without reading every mention.
  let total = 0
  for (const [key, candidates] of byKey) {
    for (const { extract, mention } of unlinked.byKey.get(key) ?? []) {
      for (const { entity } of candidates) if (offered(extract, mention, entity)) total += 1
    }
  }
  // The page, in document then reading order, stops as soon as it is full.
  const suggestions: Suggestion[] = []
  const scope = options.documentId ? extracts.filter((e) => e.documentId === options.documentId) : extracts
  for (const extract of scope) {
    if (suggestions.length >= options.limit) break
    for (const mention of extract.mentions) {
      if (mention.entityId !== null || suggestions.length >= options.limit) continue
      for (const { entity, name } of byKey.get(mention.key) ?? []) {
        if (!offered(extract, mention, entity) || suggestions.length >= options.limit) continue
        const { annotationId, quote, start, end, prefix, suffix } = mention
        suggestions.push({ documentId: extract.documentId, title: extract.title, outlet: extract.outlet, annotationId, quote, start, end, prefix, suffix, entityId: entity.id, entityName: entity.name, matched: name })
      }
    }
  }
  return { suggestions, total }
}

const entitiesByKey = new WeakMap<EntitiesFile, Map<string, { entity: Entity; name: string }[]>>()

/** Entities by the key of each of their names and aliases (by entity id within a key), once per version of entities.json. */
function entitiesByKeyOf(file: EntitiesFile): Map<string, { entity: Entity; name: string }[]> {
  let map = entitiesByKey.get(file)
  if (!map) {
    map = new Map()
    for (const entity of file.entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        const key = searchKey(name)
        if (!key) continue
        const list = map.get(key) ?? []
        if (!list.some((c) => c.entity.id === entity.id)) list.push({ entity, name })
        map.set(key, list)
      }
    }
    for (const list of map.values()) list.sort((a, b) => (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0))
    entitiesByKey.set(file, map)
  }
  return map
}

/** Remembers that this mention is not this entity, so it is not offered again. Undoable. */
export function rejectSuggestion(context: CoreContext, suggestion: RejectedSuggestion): Promise<RejectedSuggestion> {
  return runAction(context, { message: { key: 'history.entity.rejectSuggestion' } }, async (action) => {
    await requireMention(context, suggestion.documentId, suggestion.annotationId)
    await requireEntity(context, suggestion.entityId)
    await action.entities([{ type: 'reject', suggestion }])
    return suggestion
  })
}

function rejectionKey(r: RejectedSuggestion): string {
  return `${r.documentId}\u0000${r.annotationId}\u0000${r.entityId}`
}
