import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyAnnotationCommand } from '../annotations/commands'
import { documentFromText } from '../documents/from-text'
import type { DocumentSummary } from '../shared/model/document'
import { DEFAULT_TAGS } from '../shared/model/project'
import { useTempDirs } from '../testing/helpers'
import { LiveDocument } from './live-document'
import { INDEX_FILE } from './project-index'
import { ProjectStore } from './project-store'

const tempDir = useTempDirs()
const open: ProjectStore[] = []
afterEach(() => {
  open.splice(0).forEach((store) => store.close())
  vi.restoreAllMocks()
})

async function openStore(dir: string, readOnly = false): Promise<ProjectStore> {
  const store = await ProjectStore.open(dir, { readOnly })
  open.push(store)
  return store
}

const environment = { tags: DEFAULT_TAGS, author: 'tester', now: '2024-12-03T10:00:00.000Z' }
const problem = (id: string, error: unknown): DocumentSummary => ({
  id, title: 'unreadable', source: '', author: '', date: null, url: '', language: '', status: 'not-started', annotationCount: 0, tagCounts: {}, problem: String(error)
})

/** Three documents, the first tagged twice; closed, so the index is on disk. */
async function indexedProject(): Promise<string> {
  const dir = await tempDir()
  const store = await ProjectStore.open(dir)
  await store.addDocuments(['a', 'b', 'c'].map((id) => documentFromText(`${id}.txt`, `Title ${id} 🙂\nBody of ${id}.`, { source: 'Outlet' }, id)))
  for (const [tag, start] of [['actor', 0], ['place', 6]] as const) {
    await store.updateDocument('a', (draft) => applyAnnotationCommand(draft, { type: 'create', tag, start, end: start + 5 }, environment))
  }
  await store.updateDocument('a', (draft) => void (draft.status = 'in-progress'))
  await store.listSummaries(problem)
  store.close()
  return dir
}

describe('the project index', () => {
  it('lists every document from index.json without reading a document file', async () => {
    const dir = await indexedProject()
    const load = vi.spyOn(LiveDocument, 'load')
    const store = await openStore(dir)
    const summaries = await store.listSummaries(problem)
    expect(load).not.toHaveBeenCalled()
    expect(summaries.map((s) => [s.id, s.title, s.annotationCount, s.tagCounts, s.status])).toEqual([
      ['a', 'Title a 🙂', 2, { actor: 1, place: 1 }, 'in-progress'],
      ['b', 'Title b 🙂', 0, {}, 'not-started'],
      ['c', 'Title c 🙂', 0, {}, 'not-started']
    ])
  })

  it('is rebuilt from the documents when missing or damaged', async () => {
    const dir = await indexedProject()
    for (const damage of [() => rm(join(dir, INDEX_FILE)), () => writeFile(join(dir, INDEX_FILE), '{"indexVersion": 1, "documents": ')]) {
      await damage()
      const store = await openStore(dir)
      const load = vi.spyOn(LiveDocument, 'load')
      expect((await store.listSummaries(problem)).map((s) => s.annotationCount)).toEqual([2, 0, 0])
      expect(load).toHaveBeenCalledTimes(3)
      load.mockRestore()
      open.splice(0).forEach((s) => s.close())
      const index = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8')) as { documents: Record<string, unknown> }
      expect(Object.keys(index.documents).sort()).toEqual(['a', 'b', 'c'])
    }
  })

  it('never shows a stale entry: a change the index missed (a crash) or a file changed by hand is read again', async () => {
    const dir = await indexedProject()
    const indexBefore = await readFile(join(dir, INDEX_FILE), 'utf8')
    const writer = await openStore(dir)
    await writer.updateDocument('b', (draft) => applyAnnotationCommand(draft, { type: 'create', tag: 'claim', start: 0, end: 5 }, environment))
    // The process dies before the index is written.
    open.splice(0).forEach((s) => s.close())
    await writeFile(join(dir, INDEX_FILE), indexBefore)
    const cPath = join(dir, 'documents', 'c.json')
    await writeFile(cPath, JSON.stringify({ ...(JSON.parse(await readFile(cPath, 'utf8')) as object), title: 'Edited by hand' }))
    const load = vi.spyOn(LiveDocument, 'load')
    const summaries = await (await openStore(dir, true)).listSummaries(problem)
    expect(summaries.map((s) => [s.title, s.annotationCount])).toEqual([
      ['Title a 🙂', 2],
      ['Title b 🙂', 1],
      ['Edited by hand', 0]
    ])
    expect(load.mock.calls.map(([id]) => id).sort()).toEqual(['b', 'c'])
  })
})
