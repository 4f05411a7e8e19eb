import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
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

  it('in a project of 1,200 documents, sees every change made while it was closed and reads only those documents', async () => {
    const dir = await tempDir()
    const ids = Array.from({ length: 1200 }, (_, i) => `doc-${i}`)
    const writer = await ProjectStore.open(dir)
    await writer.addDocuments(ids.map((id) => documentFromText(`${id}.txt`, `Title ${id}\nBody of ${id}.`, { source: 'Outlet' }, id)))
    // doc-300's annotation is in its journal when the index is written.
    await writer.updateDocument('doc-300', (draft) => applyAnnotationCommand(draft, { type: 'create', tag: 'place', start: 0, end: 5 }, environment))
    await writer.listSummaries(problem)
    writer.close()
    const documents = join(dir, 'documents')
    const indexBefore = await readFile(join(dir, INDEX_FILE), 'utf8')

    // Another session tags doc-700 (a journal appears beside an unchanged JSON file) and dies before writing the index.
    const other = await openStore(dir)
    await other.updateDocument('doc-700', (draft) => applyAnnotationCommand(draft, { type: 'create', tag: 'claim', start: 0, end: 5 }, environment))
    open.splice(0).forEach((s) => s.close())
    await writeFile(join(dir, INDEX_FILE), indexBefore)
    // doc-300 is put back as a backup had it, without its journal.
    await rm(join(documents, 'doc-300.journal'))
    // doc-1150 is edited in place to the same size: only its modification time tells.
    const edited = join(documents, 'doc-1150.json')
    const sizeBefore = (await stat(edited)).size
    await writeFile(edited, (await readFile(edited, 'utf8')).replace('"Title doc-1150"', '"TITLE DOC-1150"'))
    expect((await stat(edited)).size).toBe(sizeBefore)
    // doc-1199's file is deleted.
    await rm(join(documents, 'doc-1199.json'))

    const load = vi.spyOn(LiveDocument, 'load')
    const reader = await openStore(dir, true)
    const byId = new Map((await reader.listSummaries(problem)).map((s) => [s.id, s]))
    expect(byId.size).toBe(1200)
    expect([byId.get('doc-300')?.annotationCount, byId.get('doc-700')?.tagCounts, byId.get('doc-1150')?.title]).toEqual([0, { claim: 1 }, 'TITLE DOC-1150'])
    expect(byId.get('doc-1199')).toMatchObject({ title: 'unreadable', problem: expect.stringContaining('doc-1199') as unknown })
    expect(byId.get('doc-1198')).toMatchObject({ title: 'Title doc-1198', annotationCount: 0 })
    expect(load.mock.calls.map(([id]) => id).sort()).toEqual(['doc-1150', 'doc-1199', 'doc-300', 'doc-700'])
    // Opening shows the same.
    expect((await reader.getDocument('doc-1150')).title).toBe('TITLE DOC-1150')
    expect((await reader.getDocument('doc-700')).annotations).toHaveLength(1)
  }, 60_000)

  it('is rebuilt when it is of another version or any entry has the wrong shape', async () => {
    const dir = await indexedProject()
    const written = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8')) as { indexVersion: number; documents: Record<string, { stamp: unknown; summary: unknown }> }
    const damages: ((index: typeof written) => void)[] = [
      (index) => void (index.indexVersion = 2),
      (index) => void (index.documents.c = { stamp: 12, summary: {} }),
      (index) => void (index.documents.b = { stamp: index.documents.b?.stamp, summary: 'Title b' }),
      (index) => void (index.documents.a = { stamp: index.documents.a?.stamp, summary: [] })
    ]
    for (const damage of damages) {
      const index = structuredClone(written)
      damage(index)
      await writeFile(join(dir, INDEX_FILE), JSON.stringify(index))
      const load = vi.spyOn(LiveDocument, 'load')
      const summaries = await (await openStore(dir, true)).listSummaries(problem)
      expect(summaries.map((s) => [s.title, s.annotationCount])).toEqual([
        ['Title a 🙂', 2],
        ['Title b 🙂', 0],
        ['Title c 🙂', 0]
      ])
      expect(load).toHaveBeenCalledTimes(3)
      load.mockRestore()
      open.splice(0).forEach((s) => s.close())
    }
  })

  it('a folder in place of index.json costs only the documents being read: the project opens, lists and is written', async () => {
    const dir = await indexedProject()
    await rm(join(dir, INDEX_FILE))
    await mkdir(join(dir, INDEX_FILE))
    const store = await openStore(dir)
    expect((await store.listSummaries(problem)).map((s) => [s.title, s.annotationCount])).toEqual([
      ['Title a 🙂', 2],
      ['Title b 🙂', 0],
      ['Title c 🙂', 0]
    ])
    await store.updateDocument('c', (draft) => applyAnnotationCommand(draft, { type: 'create', tag: 'actor', start: 0, end: 5 }, environment))
    expect(() => store.close()).not.toThrow()
    expect((await (await openStore(dir, true)).listSummaries(problem)).map((s) => s.annotationCount)).toEqual([2, 0, 1])
  })
})
