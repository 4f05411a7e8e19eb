import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DocumentSummary } from '../shared/model/document'
import { useTempDirs } from '../testing/helpers'
import { tagFive, unreadable as problem, writeListedProject } from '../testing/listed-project'
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

/** The documents of `indexedProject` as listed: title and annotation count. */
const INDEXED = [
  ['Title a 🙂', 2],
  ['Title b 🙂', 0],
  ['Title c 🙂', 0]
]

/** Three documents, the first tagged twice; closed, so the index is on disk. */
async function indexedProject(): Promise<string> {
  const dir = await tempDir()
  await writeListedProject(dir, ['a', 'b', 'c'], (id) => `Title ${id} 🙂`, async (store) => {
    await tagFive(store, 'a', 'actor', 0)
    await tagFive(store, 'a', 'place', 6)
    await store.updateDocument('a', (draft) => void (draft.status = 'in-progress'))
  })
  return dir
}

/** The summaries a store newly opened on `dir` lists, and the documents it read to list them (the store is closed after). */
async function listAnew(dir: string, readOnly = false): Promise<{ summaries: DocumentSummary[]; read: string[] }> {
  const load = vi.spyOn(LiveDocument, 'load')
  try {
    const summaries = await (await openStore(dir, readOnly)).listSummaries(problem)
    return { summaries, read: load.mock.calls.map(([id]) => id).sort() }
  } finally {
    load.mockRestore()
    open.splice(0).forEach((s) => s.close())
  }
}

describe('the project index', () => {
  it('lists every document from index.json without reading a document file', async () => {
    const { summaries, read } = await listAnew(await indexedProject())
    expect(read).toEqual([])
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
      const { summaries, read } = await listAnew(dir)
      expect(summaries.map((s) => [s.title, s.annotationCount])).toEqual(INDEXED)
      expect(read).toEqual(['a', 'b', 'c'])
      const index = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8')) as { documents: Record<string, unknown> }
      expect(Object.keys(index.documents).sort()).toEqual(['a', 'b', 'c'])
    }
  })

  it('never shows a stale entry: a change the index missed (a crash) or a file changed by hand is read again', async () => {
    const dir = await indexedProject()
    const indexBefore = await readFile(join(dir, INDEX_FILE), 'utf8')
    const writer = await openStore(dir)
    await tagFive(writer, 'b', 'claim', 0)
    // The process dies before the index is written.
    open.splice(0).forEach((s) => s.close())
    await writeFile(join(dir, INDEX_FILE), indexBefore)
    const cPath = join(dir, 'documents', 'c.json')
    await writeFile(cPath, JSON.stringify({ ...(JSON.parse(await readFile(cPath, 'utf8')) as object), title: 'Edited by hand' }))
    const { summaries, read } = await listAnew(dir, true)
    expect(summaries.map((s) => [s.title, s.annotationCount])).toEqual([
      ['Title a 🙂', 2],
      ['Title b 🙂', 1],
      ['Edited by hand', 0]
    ])
    expect(read).toEqual(['b', 'c'])
  })

  it('in a project of 1,200 documents, sees every change made while it was closed and reads only those documents', async () => {
    const dir = await tempDir()
    const ids = Array.from({ length: 1200 }, (_, i) => `doc-${i}`)
    // doc-300's annotation is in its journal when the index is written.
    await writeListedProject(dir, ids, (id) => `Title ${id}`, (writer) => tagFive(writer, 'doc-300', 'place', 0))
    const documents = join(dir, 'documents')
    const indexBefore = await readFile(join(dir, INDEX_FILE), 'utf8')

    // Another session tags doc-700 (a journal appears beside an unchanged JSON file) and dies before writing the index.
    const other = await openStore(dir)
    await tagFive(other, 'doc-700', 'claim', 0)
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

  it('is written a line per entry, still one JSON document, and read alike whether laid out so or on one line', async () => {
    const dir = await indexedProject()
    const written = await readFile(join(dir, INDEX_FILE), 'utf8')
    // A head, three entries, a foot and the final newline.
    expect(written.split('\n')).toHaveLength(6)
    const parsed = JSON.parse(written) as { indexVersion: number; documents: Record<string, unknown> }
    expect(Object.keys(parsed.documents).sort()).toEqual(['a', 'b', 'c'])
    // The layout an older version wrote: one line.
    await writeFile(join(dir, INDEX_FILE), JSON.stringify(parsed))
    expect(await listAnew(dir, true)).toMatchObject({ read: [] })
    // A line-per-entry file damaged in one entry line is rebuilt, not half read.
    await writeFile(join(dir, INDEX_FILE), written.replace('"b":{', '"b":{"stamp":12,"x":{'))
    const { summaries, read } = await listAnew(dir, true)
    expect(summaries.map((s) => [s.title, s.annotationCount])).toEqual(INDEXED)
    expect(read).toEqual(['a', 'b', 'c'])
  })

  it('is rebuilt when it is of another version or any entry has the wrong shape', async () => {
    const dir = await indexedProject()
    const written = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8')) as { indexVersion: number; documents: Record<string, { stamp: unknown; summary: unknown }> }
    const damages: ((index: typeof written) => void)[] = [
      (index) => void (index.indexVersion = 1),
      (index) => void (index.documents.c = { stamp: 12, summary: {} }),
      (index) => void (index.documents.b = { stamp: index.documents.b?.stamp, summary: 'Title b' }),
      (index) => void (index.documents.a = { stamp: index.documents.a?.stamp, summary: [] })
    ]
    for (const damage of damages) {
      const index = structuredClone(written)
      damage(index)
      await writeFile(join(dir, INDEX_FILE), JSON.stringify(index))
      const { summaries, read } = await listAnew(dir, true)
      expect(summaries.map((s) => [s.title, s.annotationCount])).toEqual(INDEXED)
      expect(read).toEqual(['a', 'b', 'c'])
    }
  })

  it('a folder in place of index.json costs only the documents being read: the project opens, lists and is written', async () => {
    const dir = await indexedProject()
    await rm(join(dir, INDEX_FILE))
    await mkdir(join(dir, INDEX_FILE))
    const store = await openStore(dir)
    expect((await store.listSummaries(problem)).map((s) => [s.title, s.annotationCount])).toEqual(INDEXED)
    await tagFive(store, 'c', 'actor', 0)
    expect(() => store.close()).not.toThrow()
    expect((await (await openStore(dir, true)).listSummaries(problem)).map((s) => s.annotationCount)).toEqual([2, 0, 1])
  })
})
