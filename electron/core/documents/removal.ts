import type { CoreContext } from '../context'
import type { Applied } from '../history/applied'
import { runAction } from '../history/actions'
import { quoteForLabel } from '../history/labels'
import type { DocumentRemovalResult } from '../shared/api-types'
import { ApiError } from '../shared/errors'
import type { RemovedDocument } from '../store/document-removal'

/**
 * Changes to which documents the project holds, for the history: `remove` takes documents out (the
 * inverse holds each whole, annotations, relations and entity links inside it, with its place in the
 * list), `restore` puts them back. Relations join annotations of one document, and entities point to
 * nothing in a document (its annotations point to them), so a document's record is all there is to keep.
 */
export type DocumentSetCommand = { type: 'remove'; documentIds: string[] } | { type: 'restore'; documents: RemovedDocument[] }

/** Applies the commands in order, durably, announcing each change; returns what undoes and redoes them. */
export async function applyDocumentSetCommands(context: CoreContext, commands: readonly DocumentSetCommand[]): Promise<Applied<DocumentSetCommand>> {
  const applied: Applied<DocumentSetCommand> = { changed: false, inverse: [], redo: [] }
  for (const command of commands) {
    if (command.type === 'remove') {
      const documents = await context.store.removeDocuments(command.documentIds)
      context.emit('documents.removed', { documentIds: documents.map((d) => d.record.id) })
      applied.inverse.unshift({ type: 'restore', documents })
    } else {
      await context.store.restoreDocuments(command.documents)
      const documentIds = command.documents.map((d) => d.record.id)
      context.emit('documents.added', { documentIds })
      applied.inverse.unshift({ type: 'remove', documentIds })
    }
    applied.redo.push(command)
    applied.changed = true
  }
  return applied
}

/**
 * Removes documents as one undo step. Every id must name a document of the project: one that does not
 * removes nothing and says which. The counts are of what went with them.
 */
export async function removeDocuments(context: CoreContext, documentIds: readonly string[]): Promise<DocumentRemovalResult> {
  const ids = [...new Set(documentIds)]
  const unknown = ids.filter((id) => !context.store.hasDocument(id))
  if (unknown.length > 0) {
    const named = unknown.length === 1 ? `id ${unknown[0]}` : `ids ${unknown.join(', ')}`
    throw new ApiError('not-found', `No document with ${named} in this project; nothing was deleted.`)
  }
  const first = ids.length === 1 ? (await context.store.getDocument(ids[0] as string)).title : ''
  const label = ids.length === 1 ? `delete ${quoteForLabel(first)}` : `delete ${ids.length} documents`
  return runAction(context, { label }, async (action) => {
    const applied = await action.documentSet([{ type: 'remove', documentIds: ids }])
    const removed = applied.inverse.flatMap((command) => (command.type === 'restore' ? command.documents : []))
    return {
      documentIds: removed.map((d) => d.record.id),
      annotations: removed.reduce((sum, d) => sum + d.record.annotations.length, 0),
      relations: removed.reduce((sum, d) => sum + d.record.relations.length, 0),
      entityMentions: removed.reduce((sum, d) => sum + d.record.annotations.filter((a) => a.entityId !== null).length, 0)
    }
  })
}
