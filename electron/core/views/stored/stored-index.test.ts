import { mkdir, open as openFile, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../core'
import type { DocumentRecord } from '../../shared/model/document'
import { RESOURCES_DIR, useTempDirs } from '../../testing/helpers'
import { writeRandomViewsProject } from '../../testing/random-views-project'
import { seededRandom } from '../../testing/seeded-random'
import { Sql } from './sqlite'
import { STORED_VIEWS_FILE } from './stored-index'

const tempDir = useTempDirs()

const open = (dir: string, readOnly = false): Promise<Core> => createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester', readOnly })

/** Every view, asked many ways: sorts both ways, filters, pages, periods, caps. */
async function everyView(core: Core): Promise<unknown[]> {
  const answers: unknown[] = [await core.call('views.entities', {}), await core.call('views.entities', { type: 'place' })]
  for (const entityId of ['entity-0', 'entity-1', 'entity-4', 'nobody']) {
    answers.push(await core.call('views.mentions', { entityId, offset: 0, limit: 1000 }), await core.call('views.mentions', { entityId, offset: 3, limit: 4 }))
  }
  for (const by of ['date', 'outlet', 'stance', 'text', 'actor'] as const) {
    for (const direction of ['asc', 'desc'] as const) {
      answers.push(await core.call('views.claims', { sort: { by, direction }, offset: 0, limit: 1000 }))
      answers.push(await core.call('views.claims', { sort: { by, direction }, offset: 5, limit: 7, outlets: ['Outlet A', 'Outlet C'], stances: ['denied', null] }))
    }
  }
  answers.push(
    await core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 1000, entityId: 'entity-1' }),
    await core.call('views.claims', { sort: { by: 'text', direction: 'asc' }, offset: 0, limit: 1000, text: 'HAMA' }),
    await core.call('views.claims', { sort: { by: 'text', direction: 'asc' }, offset: 0, limit: 1000, text: 'حماه' }),
    await core.call('views.claims', { sort: { by: 'date', direction: 'desc' }, offset: 0, limit: 1000, attributes: { verified: true } }),
    await core.call('views.claims', { sort: { by: 'date', direction: 'desc' }, offset: 0, limit: 1000, attributes: { stance: 'asserted', verified: false } }),
    await core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 1000, outlets: [], stances: [] })
  )
  for (const period of ['day', 'week', 'month', 'all'] as const) {
    answers.push(await core.call('views.figures', { period, pointsPerOutlet: 1000 }), await core.call('views.figures', { period, pointsPerOutlet: 1 }))
  }
  answers.push(await core.call('views.figures', { counted: 'FIGHTERS killed', pointsPerOutlet: 2, period: 'day' }))
  answers.push(await core.call('views.countedValues', {}), await core.call('views.countedValues', { except: { documentId: 'doc-003', annotationId: 'a20' } }))
  return answers
}

/** The same views answered from the documents, by a read-only core (which keeps its extracts in memory). */
async function fromMemory(dir: string): Promise<unknown[]> {
  const core = await open(dir, true)
  try {
    return await everyView(core)
  } finally {
    core.close()
  }
}

async function tamper(dir: string, documentId: string, change: (document: DocumentRecord) => void): Promise<void> {
  const path = join(dir, 'documents', `${documentId}.json`)
  const document = JSON.parse(await readFile(path, 'utf8')) as DocumentRecord
  change(document)
  await writeFile(path, `${JSON.stringify(document)}\n`)
}

/** Marks the file as not closed cleanly and overwrites three of its pages, as a crash mid-write could. */
async function crashed(file: string): Promise<void> {
  const sql = Sql.open(file)
  sql.run("UPDATE meta SET value = '0' WHERE key = 'clean'")
  sql.close()
  const handle = await openFile(file, 'r+')
  await handle.write(Buffer.alloc(3 * 4096, 0xff), 0, 3 * 4096, 4 * 4096)
  await handle.close()
}

describe('the corpus views index kept on disk', () => {
  it('answers every view as the documents do, on random projects, after edits, removals and renames', async () => {
    for (const seed of [1, 2, 3]) {
      const dir = await tempDir()
      await writeRandomViewsProject(dir, seed, 40)
      const core = await open(dir)
      try {
        expect(await everyView(core)).toEqual(await fromMemory(dir))
        await stat(join(dir, STORED_VIEWS_FILE))
        const random = seededRandom(seed * 7)
        for (let step = 0; step < 6; step += 1) {
          const documentId = `doc-${String(Math.floor(random() * 40)).padStart(3, '0')}`
          const opened = await core.call('documents.open', { documentId, limit: 1000 })
          const first = opened.annotations[0]
          if (first) await core.call('annotations.delete', { documentId, annotationId: first.id })
          await core.call('annotations.create', { documentId, tag: 'actor', start: 0, end: 3 })
        }
        await core.call('documents.remove', { documentIds: ['doc-000', 'doc-017'] })
        await core.call('entities.update', { entityId: 'entity-1', changes: { name: 'Aardvark brigade' } })
        await core.call('entities.update', { entityId: 'entity-2', changes: { name: 'zulu front' } })
        expect(await everyView(core)).toEqual(await fromMemory(dir))
      } finally {
        core.close()
      }
    }
  }, 120_000)

  it('takes in changes made while it was closed, and a document added or removed meanwhile', async () => {
    const dir = await tempDir()
    await writeRandomViewsProject(dir, 5, 20)
    let core = await open(dir)
    await core.call('views.entities', {})
    core.close()
    await tamper(dir, 'doc-004', (document) => {
      document.source = 'Outlet Z'
      for (const annotation of document.annotations) if (annotation.tag === 'claim') annotation.attributes = { stance: 'disputed' }
    })
    const project = JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')) as { documentIds: string[] }
    await writeFile(join(dir, 'project.json'), JSON.stringify({ ...project, documentIds: project.documentIds.filter((id) => id !== 'doc-009') }))
    core = await open(dir)
    try {
      const answers = await everyView(core)
      expect(answers).toEqual(await fromMemory(dir))
      expect(JSON.stringify(answers)).toContain('Outlet Z')
      expect(JSON.stringify(answers)).not.toContain('"documentId":"doc-009"')
    } finally {
      core.close()
    }
  }, 60_000)

  it('a missing, damaged or locked index file is built again from the documents, never trusted', async () => {
    const dir = await tempDir()
    await writeRandomViewsProject(dir, 9, 25)
    const expected = await fromMemory(dir)
    const file = join(dir, STORED_VIEWS_FILE)
    const damages: [string, () => Promise<void>][] = [
      ['deleted', () => rm(file)],
      ['garbage', () => writeFile(file, 'this is not an index '.repeat(500))],
      ['cut in half', async () => truncate(file, Math.floor((await stat(file)).size / 2))],
      ['empty', () => writeFile(file, '')],
      // SQLite's lock in this build is a folder beside the file: one left by a killed process must not block.
      ['locked by a process that died', () => mkdir(`${file}.lock`)],
      ['pages overwritten, then closed without a word (a crash)', () => crashed(file)]
    ]
    for (const [damage, apply] of damages) {
      let core = await open(dir)
      await core.call('views.entities', {})
      core.close()
      await apply()
      core = await open(dir)
      try {
        expect(await everyView(core), damage).toEqual(expected)
      } finally {
        core.close()
      }
    }
  }, 60_000)
})
