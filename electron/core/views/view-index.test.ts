import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createCore } from '../core'
import { linkMention } from '../entities/entities'
import { ProjectStore } from '../store/project-store'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { annotatedSample, TEHRAN } from '../testing/sample-views'
import { entitiesView } from './entities-view'
import { STORED_VIEWS_FILE } from './stored/stored-index'

describe('the views index kept current on the sample corpus', () => {
  const tempDir = useTempDirs()

  it('the index follows each change without re-reading the other documents', async () => {
    const { project, hts } = await annotatedSample(await tempDir())
    try {
      const index = project.context.views
      await index.all()
      const loads: string[] = []
      const readDocumentOnce = project.store.readDocumentOnce.bind(project.store)
      project.store.readDocumentOnce = (id: string) => {
        loads.push(id)
        return readDocumentOnce(id)
      }
      const tehranMention = (await project.store.getDocument(TEHRAN)).annotations.find((a) => a.entityId === hts.id)
      await linkMention(project.context, TEHRAN, tehranMention?.id ?? '', null)
      loads.length = 0
      const view = entitiesView(await index.all(), (await project.store.entities.read()).entities)
      expect(loads).toEqual([TEHRAN])
      expect(view.entities.find((e) => e.id === hts.id)?.mentionsByOutlet).toEqual({ 'teleSUR English': 2, 'Tehran Times': 1, 'Shafaq News': 1 })
    } finally {
      project.close()
    }
  })

  it('reads each document once when several views ask for a cold index at the same time', async () => {
    const { project } = await annotatedSample(await tempDir())
    try {
      const loads: string[] = []
      const readDocumentOnce = project.store.readDocumentOnce.bind(project.store)
      project.store.readDocumentOnce = (id: string) => {
        loads.push(id)
        return readDocumentOnce(id)
      }
      const index = project.context.views
      const [first, second, third] = await Promise.all([index.all(), index.all(), index.all()])
      expect(first?.map((e) => e.documentId)).toEqual(project.store.info.documentIds)
      expect(second).toEqual(first)
      expect(third).toEqual(first)
      expect([...loads].sort()).toEqual([...project.store.info.documentIds].sort())
    } finally {
      project.close()
    }
  })
})

describe('views through the core', () => {
  const tempDir = useTempDirs()

  it('with warmViews, builds the index in the background after the list (off the main thread), so the first view reads nothing', async () => {
    const reads = vi.spyOn(ProjectStore.prototype, 'readDocumentOnce')
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester', seedSample: true, warmViews: true, storedViewsFrom: 0 })
    const built: number[] = []
    core.on('views.indexing', ({ documents }) => built.push(documents))
    try {
      const listed = await core.call('documents.list', {})
      expect(listed).toHaveLength(5)
      await expect.poll(() => built.at(-1), { timeout: 20_000 }).toBe(5)
      const builds = built.length
      const view = await core.call('views.entities', {})
      expect(view.entities).toEqual([])
      // The build worker read the documents from their files; the main thread read none, then or for the view.
      expect(reads).not.toHaveBeenCalled()
      expect(built).toHaveLength(builds)
    } finally {
      reads.mockRestore()
      core.close()
    }
  })

  it('a small project answers from memory and writes no index file; an import that takes it past the threshold moves it to the file', async () => {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester', seedSample: true, warmViews: true, storedViewsFrom: 6 })
    const built: number[] = []
    core.on('views.indexing', ({ documents }) => built.push(documents))
    try {
      await core.call('documents.list', {})
      const before = await core.call('views.claims', { offset: 0, limit: 50 })
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      expect(existsSync(join(dir, STORED_VIEWS_FILE))).toBe(false)
      expect(built).toEqual([])

      const text = 'Sixth article\n\nThe ministry said 40 people were displaced from Hama.'
      await core.call('import.files', { files: [{ name: 'sixth.txt', base64: Buffer.from(text).toString('base64') }] })
      const [sixth] = (await core.call('documents.list', {})).filter((d) => d.title === 'Sixth article')
      if (!sixth) throw new Error('the sixth article was not imported')
      const start = text.indexOf('The ministry')
      await core.call('annotations.create', { documentId: sixth.id, tag: 'claim', start, end: text.length })
      const after = await core.call('views.claims', { offset: 0, limit: 50 })
      expect(existsSync(join(dir, STORED_VIEWS_FILE))).toBe(true)
      expect(after.total).toBe(before.total + 1)
      expect(after.rows.map((row) => row.documentId)).toContain(sixth.id)
      expect(built.at(-1)).toBe(6)
    } finally {
      core.close()
    }
  })

  it('without warmViews (the CLI, a read-only export), listing reads no document for the views', async () => {
    const reads = vi.spyOn(ProjectStore.prototype, 'readDocumentOnce')
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester', seedSample: true })
    const built: number[] = []
    core.on('views.indexing', ({ documents }) => built.push(documents))
    try {
      await core.call('documents.list', {})
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      expect(reads).not.toHaveBeenCalled()
      expect(built).toEqual([])
    } finally {
      reads.mockRestore()
      core.close()
    }
  })
})
