import { documentFor, readerOf } from '../layers/blind-reads'
import { randomUUID } from 'node:crypto'
import type { CoreContext } from '../context'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import type { Entity } from '../shared/model/entity'
import type { LinkMatchRef, LinkPreview } from '../shared/model/link-matches'
import type { LinkAllResult } from '../shared/model/views'
import { runAction } from '../history/actions'
import { requireEntity, requireMention } from './entities'
import { commandsFor, matchRefKey, planDocument, type MatchTarget } from './match-plan'
import { searchKey } from './occurrences'
export type { LinkAllResult }

interface LinkAllInput {
  documentId: string
  annotationId: string
  entityId?: string
}

/**
 * What Link all looks for: the entity's name, its aliases and the mention's own text; or, for a mention
 * not linked yet, the mention's text alone, for an entity to be created under that name.
 */
async function linkAllTarget(context: CoreContext, input: LinkAllInput): Promise<{ target: MatchTarget; entity: Entity | null }> {
  const mention = await requireMention(context, input.documentId, input.annotationId)
  if (!searchKey(mention.quote)) throw new ApiError('invalid-input', said('problems.entities.noWord', { quote: mention.quote }))
  const entityId = input.entityId ?? mention.entityId
  if (!entityId) {
    const name = mention.quote.trim().replace(/\s+/g, ' ')
    return { target: { entityId: '', entityName: name, tag: mention.tag, names: [mention.quote] }, entity: null }
  }
  const entity = await requireEntity(context, entityId)
  if (entity.type !== mention.tag) {
    throw new ApiError('invalid-input', said('problems.entities.tagMismatch', { quote: mention.quote, tag: mention.tag, name: entity.name, type: entity.type }))
  }
  return { target: { entityId: entity.id, entityName: entity.name, tag: mention.tag, names: [entity.name, ...entity.aliases, mention.quote] }, entity }
}

/** Everything Link all would link, in document then reading order, without writing anything. */
export async function previewLinkAll(context: CoreContext, input: LinkAllInput & { limit: number }): Promise<LinkPreview> {
  const { target, entity } = await linkAllTarget(context, input)
  const preview: LinkPreview = { entityName: target.entityName, createsEntity: entity === null, matches: [], total: 0, alreadyLinked: 0, skipped: 0 }
  for (const documentId of context.store.info.documentIds) {
    const plan = planDocument(documentFor(readerOf(context), await context.store.getDocument(documentId)), [target])
    preview.total += plan.matches.length
    preview.alreadyLinked += plan.alreadyLinked
    preview.skipped += plan.skipped
    for (const match of plan.matches) if (preview.matches.length < input.limit) preview.matches.push(match)
  }
  return preview
}

/**
 * Links the occurrences of the entity's name and aliases (and the mention's text) across the corpus to
 * the entity: mentions already tagged are linked, untagged text is tagged and linked. With `matches`,
 * only those chosen in the preview. The entity is the one given, else the mention's, else a new one
 * named after the mention. Document status is left as it is. One undoable step.
 */
export function linkAll(context: CoreContext, input: LinkAllInput & { matches?: LinkMatchRef[] }): Promise<LinkAllResult> {
  return runAction(context, { message: (r: LinkAllResult) => ({ key: 'history.entity.linkAll', values: { name: r.entity.name } }) }, async (action) => {
    const resolved = await linkAllTarget(context, input)
    const now = new Date().toISOString()
    let entity = resolved.entity
    if (!entity) {
      entity = { id: randomUUID(), name: resolved.target.entityName, type: resolved.target.tag, aliases: [], note: '', coordinates: null, createdAt: now, updatedAt: now }
      await action.entities([{ type: 'put', entity }])
    }
    const target: MatchTarget = { ...resolved.target, entityId: entity.id, entityName: entity.name }
    const chosen = input.matches ? new Set(input.matches.map((m) => matchRefKey(m))) : null
    const result: LinkAllResult = { entity, linked: 0, tagged: 0, alreadyLinked: 0, skipped: 0, documents: 0 }
    let applied = 0
    for (const documentId of context.store.info.documentIds) {
      const document = await context.store.getDocument(documentId)
      // Blind mode: another annotator's hidden mention is neither linked nor counted; their span may be tagged as mine.
      const plan = planDocument(documentFor(readerOf(context), document), [target])
      result.alreadyLinked += plan.alreadyLinked
      result.skipped += plan.skipped
      const matches = chosen ? plan.matches.filter((m) => chosen.has(matchRefKey({ documentId, start: m.start, end: m.end }))) : plan.matches
      if (matches.length === 0) continue
      applied += matches.length
      for (const match of matches) {
        if (match.kind === 'link') result.linked += 1
        else result.tagged += 1
      }
      await action.document(documentId, commandsFor(document, matches, () => target.tag, context.author, now))
      result.documents += 1
    }
    if (chosen) result.skipped += chosen.size - applied
    return result
  })
}
