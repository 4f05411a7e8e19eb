import type { ProjectStore } from '../store/project-store'
import type { LeftOut, LeftOutDocument } from '../shared/model/views'
import { said, type Said } from '../shared/i18n/said'

/** Documents a note names one by one; past these, it says how many more. */
const NAMED = 5

/**
 * The documents of the project among `problems` (those a view index could not read, with why), in the
 * project's order, each named by the title the document list last knew it by.
 */
export async function leftOutOf(store: ProjectStore, problems: ReadonlyMap<string, string>): Promise<LeftOutDocument[]> {
  if (problems.size === 0) return []
  const ids = store.info.documentIds.filter((id) => problems.has(id))
  return Promise.all(
    ids.map(async (documentId) => {
      const title = await store.lastKnownTitle(documentId)
      return { documentId, ...(title === undefined ? {} : { title }), reason: problems.get(documentId) ?? '' }
    })
  )
}

/** A view's answer with the documents left out of it, read after the view so they are those it missed. */
export async function withLeftOut<T extends object>(store: ProjectStore, problems: ReadonlyMap<string, string>, view: T): Promise<T & LeftOut> {
  return { ...view, leftOut: await leftOutOf(store, problems) }
}

/**
 * The note an export built from the views carries when documents were left out of them: how many, which
 * (the first few by title) and why, so a file missing rows does not pass for the whole corpus.
 */
export function leftOutNote(leftOut: readonly LeftOutDocument[]): Said | null {
  if (leftOut.length === 0) return null
  const named = leftOut.slice(0, NAMED).map(({ documentId, title, reason }) =>
    // The note closes the parenthesis and ends itself: a reason's own full stop would double it.
    title === undefined
      ? said('problems.views.leftOutUntitled', { id: documentId, reason: reason.replace(/\.\s*$/u, '') })
      : said('problems.views.leftOutDocument', { title, reason: reason.replace(/\.\s*$/u, '') })
  )
  const listed = named.reduceRight((rest, first) => said('problems.core.join', { first, rest }))
  const rest = leftOut.length - named.length
  const documents = rest > 0 ? said('problems.views.leftOutMore', { documents: listed, count: rest }) : listed
  return said('problems.views.csvLeftOut', { count: leftOut.length, documents })
}
