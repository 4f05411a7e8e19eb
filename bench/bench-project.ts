import { resolve } from 'node:path'
import { createCore } from '../electron/core/core'
import type { Annotation } from '../electron/core/shared/model/annotation'
import { ProjectStore } from '../electron/core/store/project-store'
import { importTexts } from '../electron/core/testing/import-texts'

export interface BenchProjectDocument {
  fileName: string
  text: string
  spans: readonly { tag: string; start: number; end: number }[]
}

/**
 * A bench project: the documents imported through the core (as a user's import would), then each one's
 * spans written in one store update (creating thousands one call at a time would take minutes), and
 * unless `compact: false` compacted, so an open reads them from the JSON file. Returns the documents' ids, in order.
 */
export async function createBenchProject(
  projectDir: string,
  documents: readonly BenchProjectDocument[],
  options: { compact?: boolean } = {}
): Promise<string[]> {
  const core = await createCore({ projectDir, resourcesDir: resolve('resources'), author: 'bench', seedSample: false })
  const summaries = await importTexts(core, documents.map(({ fileName, text }) => ({ fileName, content: text })))
  core.close()
  const ids = summaries.map((summary) => summary.id)
  const store = await ProjectStore.open(projectDir)
  const now = new Date().toISOString()
  for (const [index, document] of documents.entries()) {
    const id = ids[index]
    if (!id) throw new Error(`${document.fileName} was not imported`)
    if (document.spans.length === 0) continue
    await store.updateDocument(id, (draft) => {
      draft.annotations = document.spans.map(
        (span, i): Annotation => ({
          id: `bench-${i}`,
          ...span,
          quote: draft.text.slice(span.start, span.end),
          prefix: '',
          suffix: '',
          attributes: {},
          note: '',
          author: 'bench',
          createdAt: now,
          updatedAt: now,
          entityId: null
        })
      )
    })
    if (options.compact ?? true) await store.compactDocument(id)
  }
  store.close()
  return ids
}
