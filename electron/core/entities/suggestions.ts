import type { CoreContext } from '../context'
import type { EntitiesFile, Entity, RejectedSuggestion } from '../model/entity'
import type { DocumentExtract } from '../views/extract'
import { UnlinkedMentions, type UnlinkedMention } from '../views/unlinked-mentions'
import { viewIndexOf } from '../views/view-index'
import { runEntityAction } from './action'
import { requireEntity, requireMention } from './entities'
import { searchKey } from './occurrences'
import type { Suggestion, SuggestionList } from '../model/views'
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
  const index = viewIndexOf(context.store)
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
  const position = new Map(extracts.map((extract, i) => [extract.documentId, i]))
  const found: { entry: UnlinkedMention; entity: Entity; matched: string; at: number }[] = []
  for (const { entity, names } of nameKeysOf(file)) {
    if (options.entityId && entity.id !== options.entityId) continue
    for (const { key, name } of names) {
      for (const entry of unlinked.byKey.get(key) ?? []) {
        if (entry.mention.tag !== entity.type) continue
        if (options.documentId && entry.extract.documentId !== options.documentId) continue
        if (rejected.size > 0 && rejected.has(rejectionKey({ documentId: entry.extract.documentId, annotationId: entry.mention.annotationId, entityId: entity.id }))) continue
        found.push({ entry, entity, matched: name, at: position.get(entry.extract.documentId) ?? 0 })
      }
    }
  }
  found.sort(
    (a, b) =>
      a.at - b.at ||
      a.entry.mention.start - b.entry.mention.start ||
      a.entry.mention.end - b.entry.mention.end ||
      (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0)
  )
  const suggestions = found.slice(0, options.limit).map(({ entry: { extract, mention }, entity, matched }): Suggestion => {
    const { annotationId, quote, start, end, prefix, suffix } = mention
    return { documentId: extract.documentId, title: extract.title, outlet: extract.outlet, annotationId, quote, start, end, prefix, suffix, entityId: entity.id, entityName: entity.name, matched }
  })
  return { suggestions, total: found.length }
}

const nameKeys = new WeakMap<EntitiesFile, { entity: Entity; names: { key: string; name: string }[] }[]>()

/** Each entity's distinct name and alias keys, computed once per version of entities.json. */
function nameKeysOf(file: EntitiesFile): { entity: Entity; names: { key: string; name: string }[] }[] {
  let keys = nameKeys.get(file)
  if (!keys) {
    keys = file.entities.map((entity) => {
      const names: { key: string; name: string }[] = []
      for (const name of [entity.name, ...entity.aliases]) {
        const key = searchKey(name)
        if (key && !names.some((n) => n.key === key)) names.push({ key, name })
      }
      return { entity, names }
    })
    nameKeys.set(file, keys)
  }
  return keys
}

/** Remembers that this mention is not this entity, so it is not offered again. Undoable. */
export function rejectSuggestion(context: CoreContext, suggestion: RejectedSuggestion): Promise<RejectedSuggestion> {
  return runEntityAction(context, 'reject a suggestion', async (action) => {
    await requireMention(context, suggestion.documentId, suggestion.annotationId)
    await requireEntity(context, suggestion.entityId)
    await action.entities([{ type: 'reject', suggestion }])
    return suggestion
  })
}

function rejectionKey(r: RejectedSuggestion): string {
  return `${r.documentId}\u0000${r.annotationId}\u0000${r.entityId}`
}
