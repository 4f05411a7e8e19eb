import { randomUUID } from 'node:crypto'
import type { CoreContext } from '../context'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import type { Annotation } from '../shared/model/annotation'
import type { Coordinates, Entity } from '../shared/model/entity'
import { CLAIM_TAG, FIGURE_TAG, mentionsEntity, type DocumentExtract } from '../views/extract'
import { storedMentionsByDocument } from '../views/stored/stored-queries'
import { runAction } from '../history/actions'
import { findAnnotation } from '../annotations/commands'
import type { DocumentCommand } from '../documents/commands'
import { matchKey } from '../shared/entities/matching'

export interface EntityChanges {
  name?: string
  aliases?: string[]
  note?: string
  coordinates?: Coordinates | null
}

export async function requireEntity(context: CoreContext, entityId: string): Promise<Entity> {
  const entity = await context.store.entities.get(entityId)
  if (!entity) throw new ApiError('not-found', said('problems.entities.notFound', { id: entityId }))
  return entity
}

/** A mention that may be linked: an annotation of a tag that names things (not a claim or a figure). */
export async function requireMention(context: CoreContext, documentId: string, annotationId: string): Promise<Annotation> {
  const annotation = findAnnotation(await context.store.getDocument(documentId), annotationId)
  if (annotation.tag === CLAIM_TAG || annotation.tag === FIGURE_TAG) {
    throw new ApiError('invalid-input', said('problems.entities.notAMention', { quote: annotation.quote, tag: annotation.tag }))
  }
  return annotation
}

/**
 * Aliases as stored: trimmed, without the name itself and without two that match alike (case,
 * diacritics, Arabic variants, a leading "the"); the first spelling given is kept.
 */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([matchKey(name)])
  const kept: string[] = []
  for (const alias of aliases) {
    const trimmed = alias.trim()
    const key = matchKey(trimmed)
    if (!trimmed || seen.has(key)) continue
    seen.add(key)
    kept.push(trimmed)
  }
  return kept
}

/** Creates an entity named after a mention (or `changes.name`), of the mention's tag, and links the mention. */
export function createEntity(
  context: CoreContext,
  input: { documentId: string; annotationId: string } & EntityChanges
): Promise<Entity> {
  return runAction(context, { message: (entity: Entity) => ({ key: 'history.entity.create', values: { name: entity.name } }) }, async (action) => {
    const mention = await requireMention(context, input.documentId, input.annotationId)
    const now = new Date().toISOString()
    const name = (input.name ?? mention.quote).trim().replace(/\s+/g, ' ')
    if (!name) throw new ApiError('invalid-input', said('problems.entities.needsName'))
    const entity: Entity = {
      id: randomUUID(),
      name,
      type: mention.tag,
      aliases: cleanAliases(name, input.aliases ?? []),
      note: input.note ?? '',
      coordinates: input.coordinates ?? null,
      createdAt: now,
      updatedAt: now
    }
    await action.entities([{ type: 'put', entity }])
    await action.document(input.documentId, [{ type: 'setEntity', annotationId: mention.id, entityId: entity.id, updatedAt: now }])
    return entity
  })
}

/** Renames an entity, sets its aliases, note or coordinates: one undoable step. */
export function updateEntity(context: CoreContext, entityId: string, changes: EntityChanges): Promise<Entity> {
  return runAction(context, { message: (entity: Entity) => ({ key: 'history.entity.edit', values: { name: entity.name } }) }, async (action) => {
    const entity = await requireEntity(context, entityId)
    const name = changes.name?.trim().replace(/\s+/g, ' ') ?? entity.name
    if (!name) throw new ApiError('invalid-input', said('problems.entities.needsName'))
    const next: Entity = {
      ...entity,
      name,
      aliases: cleanAliases(name, changes.aliases ?? entity.aliases),
      note: changes.note ?? entity.note,
      coordinates: changes.coordinates === undefined ? entity.coordinates : changes.coordinates
    }
    if (JSON.stringify(next) === JSON.stringify(entity)) return entity
    next.updatedAt = new Date().toISOString()
    await action.entities([{ type: 'put', entity: next }])
    return next
  })
}

/**
 * Merges `sourceId` into `targetId`: every mention of the source links to the target, the source's
 * name and aliases become the target's aliases, and the source is removed. One undoable step.
 */
export function mergeEntities(context: CoreContext, sourceId: string, targetId: string): Promise<{ entity: Entity; movedMentions: number }> {
  return runAction(context, { message: ({ entity }: { entity: Entity }) => ({ key: 'history.entity.merge', values: { name: entity.name } }) }, async (action) => {
    if (sourceId === targetId) throw new ApiError('invalid-input', said('problems.entities.mergeIntoItself'))
    const source = await requireEntity(context, sourceId)
    const target = await requireEntity(context, targetId)
    if (source.type !== target.type) {
      throw new ApiError('invalid-input', said('problems.entities.mergeTypes', { source: source.name, sourceType: source.type, target: target.name, targetType: target.type }))
    }
    const now = new Date().toISOString()
    const merged: Entity = {
      ...target,
      aliases: cleanAliases(target.name, [...target.aliases, source.name, ...source.aliases]),
      note: [target.note, source.note].filter((n) => n.trim()).join('\n\n'),
      coordinates: target.coordinates ?? source.coordinates,
      updatedAt: now
    }
    const movedMentions = await relinkMentions(context, action, sourceId, targetId, now)
    await action.entities([{ type: 'put', entity: merged }, { type: 'remove', entityId: sourceId }])
    return { entity: merged, movedMentions }
  })
}

/** Deletes an entity; its mentions stay, unlinked. One undoable step. */
export function deleteEntity(context: CoreContext, entityId: string): Promise<{ entityId: string; unlinkedMentions: number }> {
  let name = ''
  return runAction(context, { message: () => ({ key: 'history.entity.delete', values: { name } }) }, async (action) => {
    name = (await requireEntity(context, entityId)).name
    const unlinkedMentions = await relinkMentions(context, action, entityId, null, new Date().toISOString())
    const file = await context.store.entities.read()
    const rejections = file.rejectedSuggestions.filter((r) => r.entityId === entityId)
    await action.entities([{ type: 'remove', entityId }, ...rejections.map((suggestion) => ({ type: 'unreject' as const, suggestion }))])
    return { entityId, unlinkedMentions }
  })
}

/** Links a mention to an entity of its tag, or unlinks it (`entityId` null). */
export function linkMention(context: CoreContext, documentId: string, annotationId: string, entityId: string | null): Promise<Annotation> {
  return runAction(context, { message: (a: Annotation) => ({ key: entityId ? 'history.entity.link' : 'history.entity.unlink', values: { quote: a.quote } }) }, async (action) => {
    const mention = await requireMention(context, documentId, annotationId)
    if (entityId) {
      const entity = await requireEntity(context, entityId)
      if (entity.type !== mention.tag) {
        throw new ApiError('invalid-input', said('problems.entities.tagMismatch', { quote: mention.quote, tag: mention.tag, name: entity.name, type: entity.type }))
      }
    }
    await action.document(documentId, [{ type: 'setEntity', annotationId, entityId, updatedAt: new Date().toISOString() }])
    return findAnnotation(await context.store.getDocument(documentId), annotationId)
  })
}

/** The annotation ids of the mentions linked to `entityId`, by document, from the memory index's extracts. */
function mentionsByDocument(extracts: readonly DocumentExtract[], entityId: string): Map<string, string[]> {
  const byDocument = new Map<string, string[]>()
  for (const extract of extracts) {
    if (!mentionsEntity(extract, entityId)) continue
    byDocument.set(extract.documentId, extract.mentions.filter((m) => m.entityId === entityId).map((m) => m.annotationId))
  }
  return byDocument
}

/** Points every mention of `fromId` at `toId` (or unlinks it), one write per document; returns how many. */
async function relinkMentions(
  context: CoreContext,
  action: { document(documentId: string, commands: readonly DocumentCommand[]): Promise<unknown> },
  fromId: string,
  toId: string | null,
  now: string
): Promise<number> {
  let count = 0
  const stored = context.views.storedIndexNow()
  const byDocument = stored ? await stored.read((sql) => storedMentionsByDocument(sql, fromId)) : mentionsByDocument(await context.views.all(), fromId)
  for (const [documentId, annotationIds] of byDocument) {
    const commands = annotationIds.map((annotationId): DocumentCommand => ({ type: 'setEntity', annotationId, entityId: toId, updatedAt: now }))
    await action.document(documentId, commands)
    count += commands.length
  }
  return count
}
