/** Projects of plain documents whose list has been read once, so their index (index.json) is on disk (tests only). */
import { applyAnnotationCommand } from '../annotations/commands'
import { documentFromText } from '../documents/from-text'
import type { DocumentSummary } from '../shared/model/document'
import { DEFAULT_TAGS } from '../shared/model/project'
import { ProjectStore } from '../store/project-store'

const TAGGING = { tags: DEFAULT_TAGS, author: 'tester', now: '2024-12-03T10:00:00.000Z' }

/** What a document that cannot be read is listed as: titled "unreadable", with its error as the problem. */
export function unreadable(id: string, error: unknown): DocumentSummary {
  return { id, title: 'unreadable', source: '', author: '', date: null, url: '', language: '', status: 'not-started', annotationCount: 0, tagCounts: {}, problem: String(error) }
}

/** Tags the five characters at `start` of a document, as the workbench would. */
export async function tagFive(store: ProjectStore, documentId: string, tag: string, start: number): Promise<void> {
  await store.updateDocument(documentId, (draft) => applyAnnotationCommand(draft, { type: 'create', tag, start, end: start + 5 }, TAGGING))
}

/**
 * A project in `dir` of one document per id, "`title(id)`" then a line of body, from the outlet "Outlet";
 * `change` edits it (tags, statuses), then its list is read, so the index is written, and it is closed.
 */
export async function writeListedProject(dir: string, ids: readonly string[], title: (id: string) => string, change?: (store: ProjectStore) => Promise<void>): Promise<void> {
  const store = await ProjectStore.open(dir)
  try {
    await store.addDocuments(ids.map((id) => documentFromText(`${id}.txt`, `${title(id)}\nBody of ${id}.`, { source: 'Outlet' }, id)))
    await change?.(store)
    await store.listSummaries(unreadable)
  } finally {
    store.close()
  }
}
