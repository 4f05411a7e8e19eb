import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Core } from '../core'
import type { LeftOut } from '../shared/model/views'
import { useTempDirs } from '../testing/helpers'
import { RANDOM_ENTITIES, writeRandomViewsProject } from '../testing/random-views-project'
import { damageDocument, fromMemory, openViewsCore } from '../testing/views-project'
import { inEnglish, say } from '../shared/i18n/said'
import { createTranslator } from '../shared/i18n/translator'
import { leftOutNote } from './left-out'

const tempDir = useTempDirs()
const SEED = 4
const COUNT = 12

/** Every corpus view: entities, each entity's mentions, every claim, every figure. */
async function everyView(core: Core) {
  return {
    entities: await core.call('views.entities', {}),
    mentions: await Promise.all(RANDOM_ENTITIES.map(({ id }) => core.call('views.mentions', { entityId: id, offset: 0, limit: 1000 }))),
    claims: await core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 1000 }),
    figures: await core.call('views.figures', { period: 'day', pointsPerOutlet: 1000 })
  }
}
type Answers = Awaited<ReturnType<typeof everyView>>

function leftOutOf(answers: Answers): LeftOut['leftOut'][] {
  return [answers.entities, ...answers.mentions, answers.claims, answers.figures].map((answer) => answer.leftOut)
}

/** The views' results alone, without what they left out. */
function results(answers: Answers): unknown {
  const strip = <T extends LeftOut>({ leftOut: _, ...rest }: T) => rest
  return { entities: strip(answers.entities), mentions: answers.mentions.map(strip), claims: strip(answers.claims), figures: strip(answers.figures) }
}

/**
 * A random project, the views as its documents answer them, and one document that has claims,
 * figures and linked mentions (so leaving it out changes every view).
 */
async function viewsProject() {
  const dir = await tempDir()
  const ids = await writeRandomViewsProject(dir, SEED, COUNT)
  const healthy = await fromMemory(dir, everyView)
  const damaged = healthy.claims.rows
    .map((row) => row.documentId)
    .find((id) => healthy.figures.series.some((s) => s.outlets.some((o) => o.points.some((p) => p.documentId === id))) && healthy.mentions.some((m) => m.lines.some((l) => l.documentId === id)))
  if (!damaged) throw new Error('the random project has no document with claims, figures and mentions')
  // The same project without that document: what every view must count while it cannot be read.
  const other = await tempDir()
  await writeRandomViewsProject(other, SEED, COUNT)
  const projectFile = join(other, 'project.json')
  const project = JSON.parse(await readFile(projectFile, 'utf8')) as { documentIds: string[] }
  await writeFile(projectFile, JSON.stringify({ ...project, documentIds: project.documentIds.filter((id) => id !== damaged) }))
  const without = results(await fromMemory(other, everyView))
  const title = (await fromMemory(dir, (core) => core.call('documents.get', { documentId: damaged }))).title
  return { dir, ids, healthy, damaged, without, title }
}

/** Asserts each view leaves out `documentId` alone, naming its file, with `title` when given, and counts as `without`. */
function expectLeftOut(answers: Answers, documentId: string, title: string | undefined, without: unknown): void {
  for (const leftOut of leftOutOf(answers)) {
    expect(leftOut).toEqual([{ documentId, ...(title === undefined ? {} : { title }), reason: expect.stringContaining(`${documentId}.json`) as string }])
  }
  expect(results(answers)).toEqual(without)
}

/** Once the file is written back, the views count the document again and leave nothing out. */
async function expectWholeOnceRestored(core: Core, restore: () => Promise<void>, healthy: Answers): Promise<void> {
  await restore()
  const restored = await everyView(core)
  expect(leftOutOf(restored).flat()).toEqual([])
  expect(results(restored)).toEqual(results(healthy))
}

describe('documents the corpus views cannot read', () => {
  it('the index on disk: one damaged while the project is open is named in every view, its counts gone; restored, it counts again', async () => {
    const { dir, healthy, damaged, without, title } = await viewsProject()
    const core = await openViewsCore(dir)
    try {
      await core.call('documents.list', {})
      expect(results(await everyView(core))).toEqual(results(healthy))
      const restore = await damageDocument(dir, damaged)
      // The document list finds it unreadable; the views read it again on their next read.
      await core.call('documents.list', {})
      expectLeftOut(await everyView(core), damaged, title, without)
      // Read again at each read while unreadable: still left out, nothing else lost.
      expectLeftOut(await everyView(core), damaged, title, without)
      await expectWholeOnceRestored(core, restore, healthy)
    } finally {
      core.close()
    }
  }, 60_000)

  it('the build in a worker: one damaged before the index exists is named (no title known), and counts once restored', async () => {
    const { dir, healthy, damaged, without } = await viewsProject()
    const restore = await damageDocument(dir, damaged)
    const core = await openViewsCore(dir)
    try {
      expectLeftOut(await everyView(core), damaged, undefined, without)
      await expectWholeOnceRestored(core, restore, healthy)
    } finally {
      core.close()
    }
  }, 60_000)

  it('a view limited by a document field, the index on disk open: names what its extracts could not read', async () => {
    const { dir, ids, damaged, title } = await viewsProject()
    // Labelled by a session of its own: the documents it wrote stay loaded in its store, which would hide the damage.
    const labeller = await openViewsCore(dir)
    await labeller.call('project.setDocumentFields', { fields: [{ id: 'desk', label: 'Desk', type: 'text' }] })
    for (const documentId of ids) await labeller.call('documents.setField', { documentId, fieldId: 'desk', value: 'wire' })
    labeller.close()
    const core = await openViewsCore(dir)
    try {
      await core.call('documents.list', {})
      // Read whole once, so the index on disk is open and holds no problem of its own.
      expect(leftOutOf(await everyView(core)).flat()).toEqual([])
      await damageDocument(dir, damaged)
      await core.call('documents.list', {})
      // Every document matches the filter: the view is answered from the extracts in memory, which alone met the damage.
      const documentField = { fieldId: 'desk', value: 'wire' }
      const limited = [
        await core.call('views.entities', { documentField }),
        await core.call('views.claims', { documentField, sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 1000 }),
        await core.call('views.figures', { documentField, period: 'day', pointsPerOutlet: 1000 })
      ]
      for (const answer of limited) expect(answer.leftOut).toEqual([{ documentId: damaged, title, reason: expect.stringContaining(`${damaged}.json`) as string }])
    } finally {
      core.close()
    }
  }, 60_000)

  it('the Claims CSV holds no row of a document it could not read, and its report says which and why, in both languages', async () => {
    const { dir, healthy, damaged, title } = await viewsProject()
    const core = await openViewsCore(dir)
    try {
      await core.call('documents.list', {})
      const whole = await core.call('views.claimsCsv', {})
      expect(whole.report.notes.map(inEnglish)).toEqual(["Offsets in code points (Python's text[start:end]), as the main export writes them."])
      const restore = await damageDocument(dir, damaged)
      await core.call('documents.list', {})
      const partial = await core.call('views.claimsCsv', {})
      expect(partial.content).not.toContain(damaged)
      expect(partial.report.annotationCount).toBe(healthy.claims.rows.filter((row) => row.documentId !== damaged).length)
      const [, note] = partial.report.notes
      if (!note) throw new Error('the report does not say a document was left out')
      expect(inEnglish(note)).toMatch(new RegExp(`^1 article could not be read and is not in this file: ‘${title}’ \\(.*${damaged}\\.json[^)]*\\)\\.$`, 'u'))
      expect(say(createTranslator('ar'), note)).toMatch(/^تعذّرت قراءة مقال واحد فليس في هذا الملف: «\u2068Title doc_\d+\u2069» \(\u2068.*\u2069\)\.$/u)
      await restore()
      expect((await core.call('views.claimsCsv', {})).report.notes).toHaveLength(1)
    } finally {
      core.close()
    }
  }, 60_000)

  it('an export note names the first five documents left out, titled or not, and counts the rest', () => {
    const leftOut = Array.from({ length: 7 }, (_, i) => ({ documentId: `doc_${i}`, ...(i === 1 ? {} : { title: `T${i}` }), reason: `reason ${i}.` }))
    const note = leftOutNote(leftOut)
    if (!note) throw new Error('no note for seven documents left out')
    expect(inEnglish(note)).toBe(
      '7 articles could not be read and are not in this file: ‘T0’ (reason 0); document doc_1 (reason 1); ‘T2’ (reason 2); ‘T3’ (reason 3); ‘T4’ (reason 4) and 2 more.'
    )
    expect(say(createTranslator('ar', 'arab'), note)).toMatch(/^تعذّرت قراءة ٧ مقالات فليست في هذا الملف: .*المستند \u2068doc_1\u2069.* و٢ غيرها\.$/u)
    expect(leftOutNote([])).toBeNull()
  })

  it('the memory index (a project opened read-only): the same names, reasons in words, and the document back once restored', async () => {
    const { dir, healthy, damaged, without, title } = await viewsProject()
    // A writer lists the documents and closes, keeping their titles in the project index.
    const writer = await openViewsCore(dir)
    await writer.call('documents.list', {})
    writer.close()
    const core = await openViewsCore(dir, true)
    try {
      expect(results(await everyView(core))).toEqual(results(healthy))
      const restore = await damageDocument(dir, damaged)
      await core.call('documents.list', {})
      const answers = await everyView(core)
      expectLeftOut(answers, damaged, title, without)
      expect(answers.claims.leftOut[0]?.reason).toMatch(/not valid JSON/u)
      await expectWholeOnceRestored(core, restore, healthy)
    } finally {
      core.close()
    }
  }, 60_000)
})
