import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { applyAnnotationCommand } from '../annotations/commands'
import { documentFromText } from '../documents/from-text'
import { documentRecordSchema } from '../shared/model/document'
import { DEFAULT_TAGS, projectFileSchema } from '../shared/model/project'
import { listFiles, useTempDirs } from '../testing/helpers'
import { ProjectStore } from './project-store'

const tempDir = useTempDirs()
const open: ProjectStore[] = []
afterEach(() => open.splice(0).forEach((store) => store.close()))

async function openStore(dir: string, options: Parameters<typeof ProjectStore.open>[1] = {}): Promise<ProjectStore> {
  const store = await ProjectStore.open(dir, options)
  open.push(store)
  return store
}

const environment = { tags: DEFAULT_TAGS, author: 'tester', now: '2024-12-03T10:00:00.000Z' }

function annotate(store: ProjectStore, id: string, start: number, end: number, tag = 'place') {
  return store.updateDocument(id, (draft) => applyAnnotationCommand(draft, { type: 'create', tag, start, end }, environment))
}

async function projectWithOneDocument(): Promise<{ dir: string; docPath: string }> {
  const dir = await tempDir()
  const store = await ProjectStore.open(dir, { nameForNew: 'Hama week' })
  await store.addDocuments([documentFromText('hama.txt', 'Hama\nThe army entered Hama on Wednesday.', {}, 'doc-1')])
  store.close()
  return { dir, docPath: join(dir, 'documents', 'doc-1.json') }
}

describe('ProjectStore: create, write, reopen', () => {
  it('shows the same project and documents to a new instance after a reopen', async () => {
    const dir = await tempDir()
    const first = await openStore(dir, { nameForNew: 'Hama week' })
    expect(first.isNew).toBe(true)
    await first.addDocuments([
      documentFromText('a.txt', 'Rebels gain ground\nFighting near Hama.', { source: 'NationPress', date: '2024-12-01' }, 'a'),
      documentFromText('b.txt', 'Hama stands firm\nTEHRAN - The army held.', {}, 'b')
    ])
    const { result: created } = await annotate(first, 'a', 0, 6, 'actor')
    const before = { info: first.info, documents: await first.listDocuments() }
    first.close()

    const second = await openStore(dir)
    expect(second.isNew).toBe(false)
    expect(second.info).toEqual(before.info)
    expect(second.info.name).toBe('Hama week')
    expect(second.info.documentIds).toEqual(['a', 'b'])
    expect(await second.listDocuments()).toEqual(before.documents)
    expect((await second.getDocument('a')).annotations).toEqual([created.annotation])
  })

  it('writes valid JSON files that match the schemas, with no temp files left', async () => {
    const dir = await tempDir()
    const store = await openStore(dir, { nameForNew: 'Schemas' })
    await store.addDocuments([documentFromText('a.txt', 'Title\nBody 🙂 text', {}, 'a')])
    await annotate(store, 'a', 0, 5)
    expect(await listFiles(dir)).toEqual(['documents/a.journal', 'documents/a.json', 'project.json', 'tessera.lock'])
    await store.compactDocument('a')
    const project = projectFileSchema.parse(JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')))
    expect(project).toEqual(store.info)
    const document = documentRecordSchema.parse(JSON.parse(await readFile(join(dir, 'documents', 'a.json'), 'utf8')))
    expect(document).toEqual(await store.getDocument('a'))
    expect(document.annotations).toHaveLength(1)
    expect(await listFiles(dir)).toEqual(['documents/a.json', 'project.json', 'tessera.lock'])
  })

  it('serialises concurrent updates of one document: 50 parallel creates all persist', async () => {
    const { dir } = await projectWithOneDocument()
    const store = await openStore(dir) // fresh instance: the document is not loaded yet
    const writes = Array.from({ length: 50 }, (_, i) => annotate(store, 'doc-1', i % 10, (i % 10) + 1 + Math.floor(i / 10)))
    const reads = Array.from({ length: 5 }, () => store.getDocument('doc-1'))
    const results = await Promise.all([...writes, ...reads])
    expect(results).toHaveLength(55)
    const more = await annotate(store, 'doc-1', 0, 4, 'claim')
    store.close()

    const reopened = await openStore(dir)
    const persisted = (await reopened.getDocument('doc-1')).annotations
    expect(persisted).toHaveLength(51)
    const ids = new Set(persisted.map((a) => a.id))
    for (const write of await Promise.all(writes)) expect(ids.has(write.result.annotation.id)).toBe(true)
    expect(ids.has(more.result.annotation.id)).toBe(true)
  })

  it('loses no update when a first read of the document runs while an update is being written', async () => {
    const { dir } = await projectWithOneDocument()
    const store = await openStore(dir) // the document is not loaded yet
    const firstRead = store.getDocument('doc-1')
    const update = annotate(store, 'doc-1', 0, 4)
    for (let i = 0; i < 5; i += 1) await Promise.resolve() // the update starts loading the file
    const secondRead = store.getDocument('doc-1')
    await Promise.all([firstRead, update, secondRead])
    await annotate(store, 'doc-1', 6, 9)
    expect((await store.getDocument('doc-1')).annotations).toHaveLength(2)
    store.close()
    expect((await (await openStore(dir)).getDocument('doc-1')).annotations).toHaveLength(2)
  })

  it('keeps the current state when a change throws, and writes nothing', async () => {
    const { dir, docPath } = await projectWithOneDocument()
    const store = await openStore(dir)
    const before = await readFile(docPath)
    await expect(
      store.updateDocument('doc-1', (draft) => applyAnnotationCommand(draft, { type: 'create', tag: 'nope', start: 0, end: 4 }, environment))
    ).rejects.toThrow(/Unknown tag "nope"/)
    expect((await store.getDocument('doc-1')).annotations).toEqual([])
    expect(await readFile(docPath)).toEqual(before)
  })

  it('refuses a document id it does not list', async () => {
    const { dir } = await projectWithOneDocument()
    const store = await openStore(dir)
    await expect(store.getDocument('missing')).rejects.toThrow(/No document with id missing/)
    await expect(annotate(store, 'missing', 0, 1)).rejects.toThrow(/No document with id missing/)
  })
})

describe('ProjectStore: folders and files it must not take over', () => {
  it('refuses a non-empty folder without project.json and leaves its files untouched', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'notes.txt'), 'my own notes')
    await mkdir(join(dir, 'photos'))
    await writeFile(join(dir, 'photos', 'hama.jpg'), 'jpeg bytes')
    const error = await ProjectStore.open(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toContain(dir)
    expect((error as Error).message).toMatch(/not a Tessera project/)
    expect(await listFiles(dir)).toEqual(['notes.txt', 'photos/hama.jpg'])
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('my own notes')
  })

  it('reports a corrupt document file by name and moves it to quarantine/ with a note, never overwriting it', async () => {
    const { dir, docPath } = await projectWithOneDocument()
    await writeFile(docPath, '{"schemaVersion": 1, "text": "Hama')
    const corrupt = await readFile(docPath)
    const store = await openStore(dir)
    await expect(store.getDocument('doc-1')).rejects.toThrow(`${docPath} is not valid JSON`)
    await expect(annotate(store, 'doc-1', 0, 4)).rejects.toThrow(docPath)
    await expect(store.listDocuments()).rejects.toThrow(/was damaged \(is not valid JSON.*\) and moved to .*quarantine/)
    const [quarantined] = await store.backups.listQuarantine()
    store.close()
    expect(quarantined).toMatchObject({ originalName: 'doc-1.json', reason: expect.stringMatching(/^is not valid JSON/) as unknown })
    expect(await readFile(quarantined?.path ?? '')).toEqual(corrupt)
    expect(await readFile(`${quarantined?.path ?? ''}.note.txt`, 'utf8')).toMatch(/^doc-1\.json was moved here by Tessera on .*\nWhy: is not valid JSON/)
  })

  it('reads a repaired document file again instead of remembering the failure', async () => {
    const { dir, docPath } = await projectWithOneDocument()
    const good = await readFile(docPath)
    await writeFile(docPath, 'not json')
    const store = await openStore(dir)
    await expect(store.getDocument('doc-1')).rejects.toThrow(docPath)
    await writeFile(docPath, good)
    expect((await store.getDocument('doc-1')).id).toBe('doc-1')
  })

  it('reports a document file that does not fit the schema, naming the file and the field', async () => {
    const { dir, docPath } = await projectWithOneDocument()
    const record = JSON.parse(await readFile(docPath, 'utf8')) as Record<string, unknown>
    await writeFile(docPath, JSON.stringify({ ...record, annotations: 'none' }))
    const store = await openStore(dir)
    await expect(store.getDocument('doc-1')).rejects.toThrow(new RegExp(`${docPath}.*at annotations`))
  })

  it('refuses a corrupt project.json instead of creating a new project over it, and moves it aside with a note', async () => {
    const { dir } = await projectWithOneDocument()
    await writeFile(join(dir, 'project.json'), '{ "name": ')
    await expect(ProjectStore.open(dir)).rejects.toThrow(`${join(dir, 'project.json')} is not valid JSON`)
    const files = await listFiles(dir)
    expect(files).toEqual(['documents/doc-1.json', expect.stringMatching(/^quarantine\/.*-project\.json$/), expect.stringMatching(/^quarantine\/.*-project\.json\.note\.txt$/)])
    expect(await readFile(join(dir, files[1] ?? ''), 'utf8')).toBe('{ "name": ')
    // A second open names the damage again instead of creating a project over the documents.
    await expect(ProjectStore.open(dir)).rejects.toThrow(/its project\.json was damaged \(is not valid JSON/)
    expect(await listFiles(dir)).toEqual(files)
  })

  it('refuses a read-only open of a folder that is not a project', async () => {
    const dir = await tempDir()
    await expect(ProjectStore.open(dir, { readOnly: true })).rejects.toThrow(/has no project\.json/)
    expect(await listFiles(dir)).toEqual([])
  })
})
