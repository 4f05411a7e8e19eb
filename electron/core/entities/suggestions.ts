import type { CoreContext } from '../context'
import type { EntitiesFile, Entity, RejectedSuggestion } from '../model/entity'
import type { DocumentExtract } from '../views/extract'
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
  return findSuggestions(await viewIndexOf(context.store).all(), await context.store.entities.read(), options)
}

/** The suggestions among `extracts` for the entities of `file` (a pure function over the index). */
export function findSuggestions(
  extracts: readonly DocumentExtract[],
  file: EntitiesFile,
  options: { entityId?: string; documentId?: string; limit: number }
): SuggestionList {
  const names = new Map<string, { entity: Entity; matched: string }[]>()
  for (const entity of file.entities) {
    if (options.entityId && entity.id !== options.entityId) continue
    for (const name of [entity.name, ...entity.aliases]) {
      const key = searchKey(name)
      if (!key) continue
      const list = names.get(key) ?? []
      if (!list.some((n) => n.entity.id === entity.id)) list.push({ entity, matched: name })
      names.set(key, list)
    }
  }
  const rejected = new Set(file.rejectedSuggestions.map(rejectionKey))
  const suggestions: Suggestion[] = []
  let total = 0
  for (const extract of extracts) {
    if (options.documentId && extract.documentId !== options.documentId) continue
    for (const mention of extract.mentions) {
      if (mention.entityId !== null) continue
      for (const { entity, matched } of names.get(mention.key) ?? []) {
        if (entity.type !== mention.tag) continue
        if (rejected.has(rejectionKey({ documentId: extract.documentId, annotationId: mention.annotationId, entityId: entity.id }))) continue
        total += 1
        if (suggestions.length < options.limit) {
          const { annotationId, quote, start, end, prefix, suffix } = mention
          suggestions.push({ documentId: extract.documentId, title: extract.title, outlet: extract.outlet, annotationId, quote, start, end, prefix, suffix, entityId: entity.id, entityName: entity.name, matched })
        }
      }
    }
  }
  return { suggestions, total }
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
