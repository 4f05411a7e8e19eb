import { randomUUID } from 'node:crypto'
import type { CoreContext } from '../context'
import { ApiError } from '../shared/errors'
import type { Annotation } from '../shared/model/annotation'
import type { DocumentRecord } from '../shared/model/document'
import type { Entity } from '../shared/model/entity'
import { quoteWithContext } from '../shared/text/spans'
import { runAction } from '../history/actions'
import type { DocumentCommand } from '../documents/commands'
import { requireEntity, requireMention } from './entities'
import { findOccurrences, searchKey } from './occurrences'
import type { LinkAllResult } from '../shared/model/views'
export type { LinkAllResult }

/**
 * Links every whole-word occurrence of a mention's text in the corpus (matched as `matchKey` does) to
 * the mention's entity: mentions already tagged with the mention's tag are linked, occurrences not yet
 * tagged are tagged and linked. The entity is the one given, else the mention's, else a new one named
 * after the mention. One undoable step, one write per document changed.
 */
export function linkAll(
  context: CoreContext,
  input: { documentId: string; annotationId: string; entityId?: string }
): Promise<LinkAllResult> {
  return runAction(context, { label: (r: LinkAllResult) => `link all ‘${r.entity.name}’` }, async (action) => {
    const mention = await requireMention(context, input.documentId, input.annotationId)
    const key = searchKey(mention.quote)
    if (!key) throw new ApiError('invalid-input', `“${mention.quote}” holds no word to look for.`)
    const now = new Date().toISOString()
    let entity: Entity
    const entityId = input.entityId ?? mention.entityId
    if (entityId) {
      entity = await requireEntity(context, entityId)
      if (entity.type !== mention.tag) {
        throw new ApiError('invalid-input', `“${mention.quote}” is tagged ${mention.tag}, and ‘${entity.name}’ is a ${entity.type} entity.`)
      }
    } else {
      entity = { id: randomUUID(), name: mention.quote.trim().replace(/\s+/g, ' '), type: mention.tag, aliases: [], note: '', coordinates: null, createdAt: now, updatedAt: now }
      await action.entities([{ type: 'put', entity }])
    }
    const result: LinkAllResult = { entity, linked: 0, tagged: 0, alreadyLinked: 0, skipped: 0, documents: 0 }
    for (const documentId of context.store.info.documentIds) {
      const document = await context.store.getDocument(documentId)
      const commands = planDocument(document, key, mention.tag, entity.id, now, context.author, result)
      if (commands.length === 0) continue
      await action.document(documentId, commands)
      result.documents += 1
    }
    return result
  })
}

function planDocument(
  document: DocumentRecord,
  key: string,
  tag: string,
  entityId: string,
  now: string,
  author: string,
  counts: LinkAllResult
): DocumentCommand[] {
  const occurrences = findOccurrences(document.text, key)
  if (occurrences.length === 0) return []
  const sameTag = document.annotations.filter((a) => a.tag === tag)
  const commands: DocumentCommand[] = []
  let index = document.annotations.length
  for (const { start, end } of occurrences) {
    const exact = sameTag.find((a) => a.start === start && a.end === end)
    if (exact) {
      if (exact.entityId === entityId) counts.alreadyLinked += 1
      else if (exact.entityId !== null) counts.skipped += 1
      else {
        commands.push({ type: 'setEntity', annotationId: exact.id, entityId, updatedAt: now })
        counts.linked += 1
      }
      continue
    }
    if (sameTag.some((a) => a.start < end && start < a.end)) {
      counts.skipped += 1
      continue
    }
    const annotation: Annotation = {
      id: randomUUID(),
      tag,
      start,
      end,
      ...quoteWithContext(document.text, start, end),
      attributes: {},
      note: '',
      author,
      createdAt: now,
      updatedAt: now,
      entityId
    }
    commands.push({ type: 'restore', annotation, index, relations: [] })
    index += 1
    counts.tagged += 1
  }
  if (commands.some((c) => c.type === 'restore') && document.status === 'not-started') {
    commands.push({ type: 'setStatus', status: 'in-progress' })
  }
  return commands
}
