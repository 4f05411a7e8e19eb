import { stat, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Core } from '../../core'
import { ProjectStore } from '../../store/project-store'
import { useTempDirs } from '../../testing/helpers'
import { writeRandomViewsProject } from '../../testing/random-views-project'
import { fromMemory, openViewsCore as open } from '../../testing/views-project'
import { createViewIndex } from '../view-index'
import { buildInWorker } from './build-in-worker'
import { Sql } from './sqlite'
import { STORED_VIEWS_FILE } from './stored-index'

const tempDir = useTempDirs()

/** A few views that between them read every table of the index. */
async function someViews(core: Core): Promise<unknown[]> {
  return [
    await core.call('views.entities', {}),
    await core.call('views.mentions', { entityId: 'entity-1', offset: 0, limit: 1000 }),
    await core.call('views.claims', { sort: { by: 'actor', direction: 'asc' }, offset: 0, limit: 1000 }),
    await core.call('views.claims', { sort: { by: 'text', direction: 'desc' }, offset: 1000, limit: 1000 }),
    await core.call('views.figures', { period: 'day', pointsPerOutlet: 1000 }),
    await core.call('views.countedValues', {})
  ]
}

/** Resolves at the first build progress that has written at least `documents` documents. */
function whenBuilt(core: Core, documents: number): Promise<void> {
  return new Promise((resolve) => {
    const stop = core.on('views.indexing', (progress) => {
      if (progress.documents < documents) return
      stop()
      resolve()
    })
  })
}

/** Whether the index file carries the mark a finished build writes last. */
function markedComplete(file: string): boolean {
  const sql = Sql.open(file)
  try {
    return sql.get("SELECT value FROM meta WHERE key = 'complete'")?.value === '1'
  } finally {
    sql.close()
  }
}

describe("the corpus views' index built in a worker", () => {
  it('answers edits and calls while a 2,000-document build runs, and a document edited during the build is right afterwards', async () => {
    const dir = await tempDir()
    await writeRandomViewsProject(dir, 11, 2000)
    const core = await open(dir)
    try {
      const order: string[] = []
      core.on('views.indexing', ({ documents, total }) => {
        if (documents === total) order.push('build: all written')
      })
      const view = core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 10 }).then(() => order.push('view answered'))
      // The build is under way, and doc-000, in its first batch, is written before it changes.
      await whenBuilt(core, 200)
      const opened = await core.call('documents.open', { documentId: 'doc-000', limit: 1000 })
      const first = opened.annotations[0]
      if (first) await core.call('annotations.delete', { documentId: 'doc-000', annotationId: first.id })
      await core.call('annotations.create', { documentId: 'doc-000', tag: 'actor', start: 0, end: 3 })
      await core.call('entities.update', { entityId: 'entity-1', changes: { name: 'Aardvark brigade' } })
      order.push('edits answered')
      await core.call('project.get', {})
      order.push('ping answered')
      await view
      expect(order).toEqual([
        'edits answered',
        'ping answered',
        'build: all written',
        'view answered'
      ])
      expect(await someViews(core)).toEqual(await fromMemory(dir, someViews))
    } finally {
      core.close()
    }
  }, 180_000)

  it('a build worker that throws or dies fails the view naming the file, leaves no file that is trusted, and the next view builds it again', async () => {
    for (const fail of ['throw', 'exit']) {
      const dir = await tempDir()
      await writeRandomViewsProject(dir, 13, 250)
      const file = join(dir, STORED_VIEWS_FILE)
      const store = await ProjectStore.open(dir)
      let builds = 0
      const failing = new URL(`./test-build-worker.ts?fail=${fail}`, import.meta.url)
      const views = createViewIndex(store, false, {
        storedFrom: 0,
        startBuild: (request, onProgress) => {
          builds += 1
          return buildInWorker(request, onProgress, failing)
        }
      })
      const stored = views.storedIndexNow()
      if (!stored) throw new Error('a writer has the index on disk')
      try {
        const problem = fail === 'throw' ? 'a test worker failing on purpose' : 'its worker stopped with exit code 7'
        await expect(stored.read(() => 'answered'), fail).rejects.toThrow(`The corpus views' index ${file} could not be built: ${problem}.`)
        // The worker wrote a first batch of rows, but never the mark that makes the file trusted.
        expect(markedComplete(file), fail).toBe(false)
        await expect(stored.read(() => 'answered'), fail).rejects.toThrow(problem)
        expect(builds, fail).toBe(2)
      } finally {
        views.close()
        store.close()
      }
      const core = await open(dir)
      try {
        let rebuilt = false
        core.on('views.indexing', () => (rebuilt = true))
        expect(await someViews(core), fail).toEqual(await fromMemory(dir, someViews))
        expect(rebuilt, fail).toBe(true)
      } finally {
        core.close()
      }
      expect(markedComplete(file), fail).toBe(true)
    }
  }, 120_000)

  it('closing the project during a build ends it at once: the waiting view fails, and the next session builds the file whole', async () => {
    const dir = await tempDir()
    await writeRandomViewsProject(dir, 17, 1000)
    let core = await open(dir)
    const view = core.call('views.entities', {})
    await whenBuilt(core, 100)
    await core.shutdown()
    await expect(view).rejects.toThrow('The project was closed.')
    await stat(join(dir, STORED_VIEWS_FILE))
    core = await open(dir)
    try {
      expect(await someViews(core)).toEqual(await fromMemory(dir, someViews))
    } finally {
      core.close()
    }
  }, 120_000)

  it('a project whose documents nearly all changed while it was closed (copied, restored) is built again in the worker; a few changed ones are written in place', async () => {
    const dir = await tempDir()
    const ids = await writeRandomViewsProject(dir, 19, 600)
    const touch = (documentIds: readonly string[], seconds: number) =>
      Promise.all(documentIds.map((id) => utimes(join(dir, 'documents', `${id}.json`), seconds, seconds)))
    const builds = async (): Promise<number> => {
      const core = await open(dir)
      let started = 0
      core.on('views.indexing', ({ documents }) => (started += documents === 0 ? 1 : 0))
      try {
        expect(await someViews(core)).toEqual(await fromMemory(dir, someViews))
        return started
      } finally {
        core.close()
      }
    }
    expect(await builds()).toBe(1)
    await touch(ids.slice(0, 5), 1_700_000_000)
    expect(await builds()).toBe(0)
    await touch(ids, 1_800_000_000)
    expect(await builds()).toBe(1)
  }, 120_000)
})
