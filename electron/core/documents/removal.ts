import type { CoreContext } from '../context'
import { runAction } from '../history/actions'
import { shortQuote } from '../history/labels'
import type { HistoryMessage } from '../shared/i18n/history-message'
import type { DocumentRemovalResult } from '../shared/api-types'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'

/**
 * Removes documents as one undo step. Every id must name a document of the project: one that does not
 * removes nothing and says which. The counts are of what went with them.
 */
export async function removeDocuments(context: CoreContext, documentIds: readonly string[]): Promise<DocumentRemovalResult> {
  const ids = [...new Set(documentIds)]
  const unknown = ids.filter((id) => !context.store.hasDocument(id))
  if (unknown.length > 0) {
    throw new ApiError('not-found', said('problems.documents.notFoundNothingDeleted', { count: unknown.length, ids: unknown.join(', ') }))
  }
  const first = ids.length === 1 ? (await context.store.getDocument(ids[0] as string)).title : ''
  const message: HistoryMessage =
    ids.length === 1 ? { key: 'history.document.delete', values: { title: shortQuote(first) } } : { key: 'history.document.deleteMany', values: { count: ids.length } }
  const removing = new Set(ids)
  return runAction(context, { message }, async (action) => {
    // A relation from another document into one of these goes with it (and comes back on undo).
    const across = (await context.store.crossRelations.read()).relations.filter((r) => removing.has(r.fromDocumentId) || removing.has(r.toDocumentId))
    if (across.length > 0) await action.crossRelations(across.map((r) => ({ type: 'remove', relationId: r.id })))
    const applied = await action.documentSet([{ type: 'remove', documentIds: ids }])
    const removed = applied.inverse.flatMap((command) => (command.type === 'restore' ? command.documents : []))
    return {
      documentIds: removed.map((d) => d.record.id),
      annotations: removed.reduce((sum, d) => sum + d.record.annotations.length, 0),
      relations: removed.reduce((sum, d) => sum + d.record.relations.length, across.length),
      entityMentions: removed.reduce((sum, d) => sum + d.record.annotations.filter((a) => a.entityId !== null).length, 0)
    }
  })
}
