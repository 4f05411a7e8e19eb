import { resolve } from 'node:path'
import { createCore } from '../../electron/core/core'
import { ProjectStore } from '../../electron/core/store/project-store'
import type { BenchDocument } from './corpus'

/** A project holding the bench documents with their spans, written through the core and the store. */
export async function createBenchProject(projectDir: string, documents: readonly BenchDocument[]): Promise<void> {
  const core = await createCore({ projectDir, resourcesDir: resolve('resources'), author: 'bench', seedSample: false })
  const summaries = await core.call('documents.importText', {
    files: documents.map((doc) => ({ fileName: `${doc.key.replace('/', '-')}.txt`, content: doc.text }))
  })
  core.close()
  const store = await ProjectStore.open(projectDir)
  const now = new Date().toISOString()
  for (const [index, doc] of documents.entries()) {
    const id = summaries[index]?.id
    if (!id) throw new Error(`${doc.key} was not imported`)
    await store.updateDocument(id, (draft) => {
      draft.annotations = doc.spanList.map((span, i) => ({
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
      }))
    })
  }
  store.close()
}
