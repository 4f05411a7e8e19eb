import type { HandlersFor } from '../context'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { runAction } from '../history/actions'
import { readerOf } from '../layers/blind-reads'
import { shortQuote, tagLabel } from '../history/labels'
import { documentsToSearch, findInDocuments, matchDocuments, untaggedMatches, type TagAllResult } from './corpus'

/** A tag-all larger than this is most likely a mistyped query ("a" without whole word): refused, nothing written. */
export const MAX_TAG_ALL = 10_000

export const searchHandlers: HandlersFor<'search.find' | 'annotations.tagAll' | 'searches.list' | 'searches.save' | 'searches.delete'> = {
  'search.find': async ({ documentId, limit, filter, ...query }, { store }) =>
    findInDocuments(await documentsToSearch(store, documentId, filter), query, limit),

  'searches.list': async (_input, { store }) => store.savedSearches.list(),
  'searches.save': async ({ name, search }, { store }) => store.savedSearches.save(name, search),
  'searches.delete': async ({ id }, { store }) => store.savedSearches.delete(id),

  /** Tags every match not already tagged the same way, across one document or all: one undo step. */
  'annotations.tagAll': (input, context) =>
    runAction<TagAllResult>(
      context,
      {
        message: (result) => ({
          key: 'history.annotation.tagAll',
          values: { count: result.added, quote: shortQuote(input.query), tag: tagLabel(context, input.tag) }
        })
      },
      async (action) => {
        const result: TagAllResult = { added: 0, skipped: 0, documentIds: [] }
        const { tag, documentId, filter, ...query } = input
        const reader = readerOf(context)
        const documents = await documentsToSearch(context.store, documentId, filter)
        const planned = matchDocuments(documents, query).map(({ document, matches }) => ({
          document,
          matches,
          fresh: untaggedMatches(document, matches, tag, reader)
        }))
        const total = planned.reduce((sum, plan) => sum + plan.fresh.length, 0)
        if (total > MAX_TAG_ALL) {
          throw new ApiError('invalid-input', said('problems.search.tooManyToTag', { query: shortQuote(input.query), total, max: MAX_TAG_ALL }))
        }
        for (const { document, matches, fresh } of planned) {
          result.skipped += matches.length - fresh.length
          if (fresh.length === 0) continue
          await action.document(
            document.id,
            fresh.map(({ start, end }) => ({ type: 'create', tag, start, end }))
          )
          result.added += fresh.length
          result.documentIds.push(document.id)
        }
        return result
      }
    )
}
