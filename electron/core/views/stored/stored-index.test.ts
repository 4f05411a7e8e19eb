import { mkdir, open as openFile, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Core } from '../../core'
import type { DocumentRecord } from '../../shared/model/document'
import { useTempDirs } from '../../testing/helpers'
import { writeRandomViewsProject } from '../../testing/random-views-project'
import { seededRandom } from '../../testing/seeded-random'
import { fromMemory, openViewsCore as open } from '../../testing/views-project'
import { Sql } from './sqlite'
import { STORED_VIEWS_FILE } from './stored-index'

const tempDir = useTempDirs()

/** Every view, asked many ways: sorts both ways, filters, pages, periods, caps. */
async function everyView(core: Core, ids: readonly string[]): Promise<unknown[]> {
  const answers: unknown[] = [await core.call('views.entities', {}), await core.call('views.entities', { type: 'place' })]
  for (const entityId of ['entity-0', 'entity-1', 'entity-4', 'nobody']) {
    answers.push(await core.call('views.mentions', { entityId, offset: 0, limit: 1000 }), await core.call('views.mentions', { entityId, offset: 3, limit: 4 }))
  }
  for (const by of ['date', 'outlet', 'stance', 'text', 'actor'] as const) {
    for (const direction of ['asc', 'desc'] as const) {
      answers.push(await core.call('views.claims', { sort: { by, direction }, offset: 0, limit: 1000 }))
      answers.push(await core.call('views.claims', { sort: { by, direction }, offset: 5, limit: 7, outlets: ['outlet b', 'الجزيرة', 'Été presse', '🙂 Press'], stances: ['denied', null] }))
    }
  }
  answers.push(
    await core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 1000, entityId: 'entity-1' }),
    await core.call('views.claims', { sort: { by: 'text', direction: 'asc' }, offset: 0, limit: 1000, text: 'HAMA' }),
    await core.call('views.claims', { sort: { by: 'text', direction: 'asc' }, offset: 0, limit: 1000, text: 'حماه' }),
    // Arabic variants, accents, full-width letters, words across a space, and under three letters (no trigram).
    await core.call('views.claims', { sort: { by: 'actor', direction: 'desc' }, offset: 0, limit: 1000, text: 'حَمَاة' }),
    await core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 1000, text: 'إحمد' }),
    await core.call('views.claims', { sort: { by: 'outlet', direction: 'asc' }, offset: 0, limit: 1000, text: 'EMILE' }),
    await core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 1000, text: 'hama ＨＡＭＡ' }),
    await core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 1000, text: 'ma' }),
    await core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 1000, text: '🙂 r' }),
    await core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 1000, text: 'x"y' }),
    await core.call('views.claims', { sort: { by: 'date', direction: 'desc' }, offset: 0, limit: 1000, attributes: { verified: true } }),
    await core.call('views.claims', { sort: { by: 'date', direction: 'desc' }, offset: 0, limit: 1000, attributes: { stance: 'asserted', verified: false } }),
    await core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 1000, outlets: [], stances: [] })
  )
  for (const period of ['day', 'week', 'month', 'all'] as const) {
    answers.push(await core.call('views.figures', { period, pointsPerOutlet: 1000 }), await core.call('views.figures', { period, pointsPerOutlet: 1 }))
  }
  answers.push(await core.call('views.figures', { counted: 'FIGHTERS killed', pointsPerOutlet: 2, period: 'day' }))
  answers.push(await core.call('views.countedValues', {}), await core.call('views.countedValues', { except: { documentId: ids[3] ?? '', annotationId: 'a20' } }))
  return answers
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
      const ids = await writeRandomViewsProject(dir, seed, 40)
      const core = await open(dir)
      try {
        expect(await everyView(core, ids)).toEqual(await fromMemory(dir, (core) => everyView(core, ids)))
        await stat(join(dir, STORED_VIEWS_FILE))
        const random = seededRandom(seed * 7)
        for (let step = 0; step < 6; step += 1) {
          const documentId = ids[Math.floor(random() * 40)] ?? ''
          const opened = await core.call('documents.open', { documentId, limit: 1000 })
          const first = opened.annotations[0]
          if (first) await core.call('annotations.delete', { documentId, annotationId: first.id })
          await core.call('annotations.create', { documentId, tag: 'actor', start: 0, end: 3 })
        }
        // A document moved to an outlet no other has, between others in every order.
        await core.call('documents.updateMetadata', { documentId: ids[5] ?? '', changes: { source: 'Éclair' } })
        await core.call('documents.remove', { documentIds: [ids[0] ?? '', ids[17] ?? ''] })
        await core.call('entities.update', { entityId: 'entity-1', changes: { name: 'Aardvark brigade' } })
        await core.call('entities.update', { entityId: 'entity-2', changes: { name: 'إميل' } })
        await core.call('entities.update', { entityId: 'entity-3', changes: { name: 'ÉMILE' } })
        expect(await everyView(core, ids)).toEqual(await fromMemory(dir, (core) => everyView(core, ids)))
      } finally {
        core.close()
      }
    }
  }, 120_000)

  it('takes in changes made while it was closed, and documents added or removed meanwhile', async () => {
    const dir = await tempDir()
    const ids = await writeRandomViewsProject(dir, 5, 20)
    let core = await open(dir)
    await core.call('views.entities', {})
    core.close()
    await tamper(dir, ids[4] ?? '', (document) => {
      document.source = 'Outlet Z'
      for (const annotation of document.annotations) if (annotation.tag === 'claim') annotation.attributes = { stance: 'disputed' }
    })
    // Thirty documents more, each placed among those stored in every order (the index is not built again).
    const more = await tempDir()
    const added = (await writeRandomViewsProject(more, 6, 50)).slice(20)
    for (const id of added) await writeFile(join(dir, 'documents', `${id}.json`), await readFile(join(more, 'documents', `${id}.json`)))
    const project = JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')) as { documentIds: string[] }
    const now = [...project.documentIds.filter((id) => id !== ids[9]), ...added]
    await writeFile(join(dir, 'project.json'), JSON.stringify({ ...project, documentIds: now }))
    core = await open(dir)
    try {
      const answers = await everyView(core, now)
      expect(answers).toEqual(await fromMemory(dir, (core) => everyView(core, now)))
      expect(JSON.stringify(answers)).toContain('Outlet Z')
      expect(JSON.stringify(answers)).toContain(`"documentId":"${added[29] ?? ''}"`)
      expect(JSON.stringify(answers)).not.toContain(`"documentId":"${ids[9] ?? ''}"`)
    } finally {
      core.close()
    }
  }, 60_000)

  it('opened a few rows at a time, answers as the documents do; a close while it opens leaves it whole and trusted', async () => {
    const dir = await tempDir()
    const ids = await writeRandomViewsProject(dir, 12, 40)
    const expected = await fromMemory(dir, (core) => everyView(core, ids))
    let core = await open(dir)
    await core.call('views.entities', {})
    core.close()
    // Closed at moments from before the file opens to after its rows are read (3 rows a step, 14 steps).
    for (let turns = 0; turns < 24; turns += 1) {
      core = await open(dir, false, 3)
      const asked = core.call('views.entities', {})
      for (let turn = 0; turn < turns; turn += 1) await new Promise((resolve) => setImmediate(resolve))
      core.close()
      await asked.catch(() => undefined)
    }
    // The file is left whole and trusted: opened again a few rows at a time, no build, every view as the documents say.
    core = await open(dir, false, 3)
    const builds: number[] = []
    core.on('views.indexing', ({ documents }) => builds.push(documents))
    try {
      expect(await everyView(core, ids)).toEqual(expected)
      expect(builds).toEqual([])
    } finally {
      core.close()
    }
  }, 60_000)

  it('a missing, damaged or locked index file is built again from the documents, never trusted', async () => {
    const dir = await tempDir()
    const ids = await writeRandomViewsProject(dir, 9, 25)
    const expected = await fromMemory(dir, (core) => everyView(core, ids))
    const file = join(dir, STORED_VIEWS_FILE)
    const damages: [string, () => Promise<void>][] = [
      ['deleted', () => rm(file)],
      ['garbage', () => writeFile(file, 'this is not an index '.repeat(500))],
      ['cut in half', async () => truncate(file, Math.floor((await stat(file)).size / 2))],
      ['empty', () => writeFile(file, '')],
      // SQLite's lock in this build is a folder beside the file: one left by a killed process must not block.
      ['locked by a process that died', () => mkdir(`${file}.lock`)],
      ['pages overwritten, then closed without a word (a crash)', () => crashed(file)],
      // Its mention order made by another locale's collator (shown here by keys in reverse): not this process's order.
      ['ordered under another locale', async () => {
        const sql = Sql.open(file)
        sql.run("UPDATE meta SET value = 'sv' WHERE key = 'collation'")
        sql.run("UPDATE documents SET mention_key = (SELECT count(*) FROM documents later WHERE later.mention_key > documents.mention_key) + 1")
        sql.close()
      }]
    ]
    for (const [damage, apply] of damages) {
      let core = await open(dir)
      await core.call('views.entities', {})
      core.close()
      await apply()
      core = await open(dir)
      try {
        expect(await everyView(core, ids), damage).toEqual(expected)
      } finally {
        core.close()
      }
    }
  }, 60_000)
})
