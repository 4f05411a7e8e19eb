import type { ProjectStore } from '../store/project-store'
import type { LeftOut, LeftOutDocument } from '../shared/model/views'

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
