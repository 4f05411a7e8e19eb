import { documentFor, readerOf } from '../layers/blind-reads'
import type { CoreContext } from '../context'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import type { Entity } from '../shared/model/entity'
import type { EntityMatchRef, LinkMatchesResult, LinkPreview } from '../shared/model/link-matches'
import { runAction } from '../history/actions'
import { commandsFor, matchRefKey, planDocument, type MatchTarget } from './match-plan'

function targetOf(entity: Entity): MatchTarget {
  return { entityId: entity.id, entityName: entity.name, tag: entity.type, names: [entity.name, ...entity.aliases] }
}

/**
 * The known entities' names and aliases found in `documentIds` (articles just imported), not yet
 * linked: offered for review after an import, never linked without the user's say.
 */
export async function previewEntityMatches(context: CoreContext, input: { documentIds: string[]; limit: number }): Promise<LinkPreview> {
  const { entities } = await context.store.entities.read()
  const preview: LinkPreview = { entityName: '', createsEntity: false, matches: [], total: 0, alreadyLinked: 0, skipped: 0 }
  if (entities.length === 0) return preview
  const tags = new Set(context.store.info.tags.map((t) => t.id))
  const targets = entities.filter((e) => tags.has(e.type)).map(targetOf)
  const known = new Set(context.store.info.documentIds)
  for (const documentId of new Set(input.documentIds)) {
    if (!known.has(documentId)) continue
    const plan = planDocument(documentFor(readerOf(context), await context.store.getDocument(documentId)), targets)
    preview.total += plan.matches.length
    preview.alreadyLinked += plan.alreadyLinked
    preview.skipped += plan.skipped
    for (const match of plan.matches) if (preview.matches.length < input.limit) preview.matches.push(match)
  }
  return preview
}

/**
 * Links the matches the user chose in the review: each is looked up again (the same entity's name or
 * alias at the same place), so a match the text or its annotations no longer hold is skipped, not
 * forced. Document status is left as it is. One undoable step.
 */
export function linkEntityMatches(context: CoreContext, input: { matches: EntityMatchRef[] }): Promise<LinkMatchesResult> {
  const count = input.matches.length
  return runAction(context, { message: { key: 'history.entity.linkMatches', values: { count } } }, async (action) => {
    const result: LinkMatchesResult = { linked: 0, tagged: 0, skipped: 0, documents: 0 }
    const { entities } = await context.store.entities.read()
    const byId = new Map(entities.map((e) => [e.id, e]))
    const byDocument = new Map<string, EntityMatchRef[]>()
    for (const ref of input.matches) {
      if (!byId.has(ref.entityId)) throw new ApiError('not-found', said('problems.entities.notFound', { id: ref.entityId }))
      byDocument.set(ref.documentId, [...(byDocument.get(ref.documentId) ?? []), ref])
    }
    const now = new Date().toISOString()
    for (const [documentId, refs] of byDocument) {
      const document = await context.store.getDocument(documentId)
      const chosen = new Set(refs.map(matchRefKey))
      const targets = [...new Set(refs.map((r) => r.entityId))].flatMap((id) => {
        const entity = byId.get(id)
        return entity ? [targetOf(entity)] : []
      })
      const matches = planDocument(documentFor(readerOf(context), document), targets).matches.filter((m) => chosen.has(matchRefKey(m)))
      result.skipped += chosen.size - matches.length
      if (matches.length === 0) continue
      for (const match of matches) {
        if (match.kind === 'link') result.linked += 1
        else result.tagged += 1
      }
      await action.document(documentId, commandsFor(document, matches, (id) => byId.get(id)?.type ?? '', context.author, now))
      result.documents += 1
    }
    return result
  })
}
