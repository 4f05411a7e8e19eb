import type { HandlersFor } from '../context'
import { runAction } from '../history/actions'
import { quoteForLabel, tagLabel } from '../history/labels'
import { documentsToSearch, findInDocuments, untaggedMatches, type TagAllResult } from './corpus'
import { findInText } from './find'

export const searchHandlers: HandlersFor<'search.find' | 'annotations.tagAll'> = {
  'search.find': async ({ query, wholeWord, caseSensitive, documentId, limit }, { store }) =>
    findInDocuments(await documentsToSearch(store, documentId), query, { wholeWord, caseSensitive }, limit),

  /** Tags every match not already tagged the same way, across one document or all: one undo step. */
  'annotations.tagAll': (input, context) =>
    runAction<TagAllResult>(
      context,
      { label: (result) => `tag all ${result.added} matches of ${quoteForLabel(input.query)} as ${tagLabel(context, input.tag)}` },
      async (action) => {
        const result: TagAllResult = { added: 0, skipped: 0, documentIds: [] }
        const options = { wholeWord: input.wholeWord, caseSensitive: input.caseSensitive }
        for (const document of await documentsToSearch(context.store, input.documentId)) {
          const matches = findInText(document.text, input.query, options)
          const fresh = untaggedMatches(document, matches, input.tag)
          result.skipped += matches.length - fresh.length
          if (fresh.length === 0) continue
          await action.document(
            document.id,
            fresh.map(({ start, end }) => ({ type: 'create', tag: input.tag, start, end }))
          )
          result.added += fresh.length
          result.documentIds.push(document.id)
        }
        return result
      }
    )
}
