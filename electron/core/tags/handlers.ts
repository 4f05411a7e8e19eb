import type { CoreContext, HandlersFor } from '../context'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { runAction } from '../history/actions'
import type { Action } from '../history/actions'
import { keepDefined } from '../annotations/commands'
import type { DocumentCommand } from '../documents/commands'
import type { TagDefinition } from '../shared/model/project'
import type { TagChanges } from './commands'
import type { TagDeleteResult } from '../shared/api-types'
import { inOrder, type HistoryMessage } from '../shared/i18n/history-message'

function labelOf(context: CoreContext, tagId: string): string {
  const tag = context.store.info.tags.find((t) => t.id === tagId)
  if (!tag) throw new ApiError('not-found', said('problems.tags.notFound', { tag: tagId }))
  return tag.label
}

function describeUpdate(tag: string, changes: TagChanges): HistoryMessage {
  const parts: HistoryMessage[] = []
  if (changes.label !== undefined && changes.label !== tag) parts.push({ key: 'history.tag.rename', values: { tag, newLabel: changes.label } })
  if (changes.color !== undefined) parts.push({ key: 'history.tag.recolour', values: { tag } })
  if (changes.key !== undefined) parts.push(changes.key === null ? { key: 'history.tag.removeKey', values: { tag } } : { key: 'history.tag.setKey', values: { tag, key: changes.key } })
  if (changes.attributes !== undefined) parts.push({ key: 'history.tag.attributes', values: { tag } })
  if (changes.description !== undefined) parts.push({ key: 'history.tag.guideline', values: { tag } })
  const [first, ...rest] = parts
  return first ? inOrder(first, ...rest) : { key: 'history.tag.edit', values: { tag } }
}

/**
 * Brings every annotation of `tag` in line with its (new) attribute definitions: a value whose
 * definition is gone, or no longer fits (a choice value removed, a type changed), is dropped, as part
 * of the same undoable action.
 */
async function dropUndefinedValues(action: Action, context: CoreContext, tag: TagDefinition): Promise<void> {
  for (const document of await context.store.listDocuments()) {
    const commands: DocumentCommand[] = []
    for (const annotation of document.annotations) {
      if (annotation.tag !== tag.id) continue
      const kept = keepDefined(annotation.attributes, tag)
      if (Object.keys(kept).length !== Object.keys(annotation.attributes).length) {
        commands.push({ type: 'replace', annotation: { ...annotation, attributes: kept } })
      }
    }
    if (commands.length > 0) await action.document(document.id, commands)
  }
}

export const tagHandlers: HandlersFor<'tags.add' | 'tags.update' | 'tags.move' | 'tags.delete'> = {
  'tags.add': ({ tag, index }, context) =>
    runAction(context, { message: { key: 'history.tag.add', values: { tag: tag.label } } }, async (action) => (await action.tags([{ type: 'add', tag, index }])).tags),

  'tags.update': ({ tagId, changes }, context) =>
    runAction(context, { message: describeUpdate(labelOf(context, tagId), changes) }, async (action) => {
      const { tags } = await action.tags([{ type: 'update', tagId, changes }])
      const updated = tags.find((t) => t.id === tagId)
      if (changes.attributes !== undefined && updated) await dropUndefinedValues(action, context, updated)
      return tags
    }),

  'tags.move': ({ tagId, index }, context) =>
    runAction(context, { message: { key: 'history.tag.move', values: { tag: labelOf(context, tagId) } } }, async (action) => (await action.tags([{ type: 'move', tagId, index }])).tags),

  /**
   * Deletes a tag with its annotations, or after moving them to another tag (attributes the other tag
   * does not define are dropped; an annotation whose span the other tag already covers is merged into
   * it, i.e. removed). One undo step, whatever the number of documents.
   */
  'tags.delete': ({ tagId, annotations }, context) => {
    const label = labelOf(context, tagId)
    const moveTo = annotations === 'delete' ? null : annotations.moveTo
    if (moveTo === tagId) throw new ApiError('invalid-input', said('problems.tags.moveToItself', { tag: label }))
    const target = moveTo === null ? null : labelOf(context, moveTo)
    return runAction(
      context,
      { message: target ? { key: 'history.tag.deleteMoving', values: { tag: label, target } } : { key: 'history.tag.delete', values: { tag: label } } },
      async (action) => {
        const result: TagDeleteResult = { tags: [], deleted: 0, moved: 0 }
        for (const document of await context.store.listDocuments()) {
          const commands: DocumentCommand[] = []
          for (const annotation of document.annotations) {
            if (annotation.tag !== tagId) continue
            const twin =
              moveTo !== null &&
              document.annotations.some((a) => a.tag === moveTo && a.start === annotation.start && a.end === annotation.end)
            if (moveTo === null || twin) {
              commands.push({ type: 'delete', annotationId: annotation.id })
              result.deleted += 1
            } else {
              commands.push({ type: 'setTag', annotationId: annotation.id, tag: moveTo })
              result.moved += 1
            }
          }
          if (commands.length > 0) await action.document(document.id, commands)
        }
        result.tags = (await action.tags([{ type: 'remove', tagId }])).tags
        return result
      }
    )
  }
}
