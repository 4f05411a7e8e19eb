import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createCore } from '../core'
import { createEntity, linkMention } from '../entities/entities'
import { addRelation } from '../relations/relations'
import { ProjectStore } from '../store/project-store'
import { openTestProject, type TestProject } from '../testing/entity-project'
import { parseCsv, RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { claimsCsv } from './claims-csv'
import { claimsView, type ClaimsQuery } from './claims-view'
import { entitiesView } from './entities-view'
import { figuresView } from './figures-view'
import { mentionsView } from './mentions-view'
import { STORED_VIEWS_FILE } from './stored/stored-index'

const NATIONPRESS = 'nationpress-2024-12-01'
const MAYADEEN = 'al-mayadeen-2024-12-02'
const TELESUR = 'telesur-2024-12-03'
const TEHRAN = 'tehran-times-2024-12-03'
const SHAFAQ = 'shafaq-news-2024-12-04'

/**
 * The sample corpus with annotations placed by hand. Expected counts, worked out by hand:
 * HTS (actor): teleSUR 2 (“Hayat Tahrir al-Sham”, “HTS”), Tehran Times 2, Shafaq News 1 → 5 in 3 documents.
 * the Syrian army (actor): Shafaq News 2 → 2 in 1. Hama (place): Tehran Times 1, NationPress 1 → 2 in 2.
 * Unused (actor): 0. Al Mayadeen’s “Al Mayadeen” actor is not linked and counts nowhere.
 */
async function fixture(dir: string) {
  const project = await openTestProject(dir)
  const { annotate, context } = project
  const htsFull = await annotate(TELESUR, 'actor', 'Hayat Tahrir al-Sham')
  const hts = await createEntity(context, { documentId: TELESUR, annotationId: htsFull.id, aliases: ['HTS'] })
  const link = async (documentId: string, tag: string, text: string, entityId: string, occurrence = 0) => {
    const mention = await annotate(documentId, tag, text, { occurrence })
    await linkMention(context, documentId, mention.id, entityId)
    return mention
  }
  await link(TELESUR, 'actor', 'HTS', hts.id)
  await link(TEHRAN, 'actor', 'HTS', hts.id, 0)
  await link(TEHRAN, 'actor', 'HTS', hts.id, 1)
  await link(SHAFAQ, 'actor', 'HTS', hts.id)
  const armyMention = await annotate(SHAFAQ, 'actor', 'the Syrian army')
  const army = await createEntity(context, { documentId: SHAFAQ, annotationId: armyMention.id })
  await link(SHAFAQ, 'actor', 'the Syrian army', army.id, 1)
  const hamaMention = await annotate(TEHRAN, 'place', 'Hama')
  const hama = await createEntity(context, { documentId: TEHRAN, annotationId: hamaMention.id, coordinates: { lat: 35.13, lon: 36.75 } })
  await link(NATIONPRESS, 'place', 'Hama', hama.id)
  const unusedMention = await annotate(MAYADEEN, 'actor', 'Al Mayadeen')
  const unused = await createEntity(context, { documentId: MAYADEEN, annotationId: unusedMention.id, name: 'Unused' })
  await linkMention(context, MAYADEEN, unusedMention.id, null)

  // Claims: four, in four places; two attributed to actors, one of them linked to an entity.
  const casualties = await annotate(SHAFAQ, 'claim', 'militant casualties this week have exceeded 1,600 from HTS and its affiliated groups', { attributes: { stance: 'reported' } })
  const sources = await annotate(SHAFAQ, 'actor', 'The sources')
  await addRelation(context, { documentId: SHAFAQ, type: 'attributed-to', from: casualties.id, to: sources.id })
  const efforts = await annotate(SHAFAQ, 'claim', 'Efforts are underway to reclaim several sites and towns seized by terrorist groups', { attributes: { stance: 'asserted' } })
  await addRelation(context, { documentId: SHAFAQ, type: 'attributed-to', from: efforts.id, to: armyMention.id })
  const neutralized = await annotate(TELESUR, 'claim', 'recent offensives have neutralized over 1,300 combatants since the actions began last Friday', { attributes: { stance: 'reported' } })
  const retreat = await annotate(NATIONPRESS, 'claim', "any claims regarding the army's retreat from Hama are inaccurate", { attributes: { stance: 'denied' } })

  // Figures: “militants killed” twice (typed two ways), civilians once, and one without a number.
  const f1300 = await annotate(TELESUR, 'figure', '1,300', { attributes: { value: 1300, counted: 'militants killed' } })
  await addRelation(context, { documentId: TELESUR, type: 'stated-in', from: f1300.id, to: neutralized.id })
  const f1600 = await annotate(SHAFAQ, 'figure', '1,600', { attributes: { value: 1600, counted: ' Militants  killed' } })
  await addRelation(context, { documentId: SHAFAQ, type: 'stated-in', from: f1600.id, to: casualties.id })
  await annotate(SHAFAQ, 'figure', '3,000', { attributes: { value: 3000, counted: 'civilians held captive' } })
  await annotate(TEHRAN, 'figure', 'dozens', { attributes: { counted: 'militants killed' } })
  return { project, hts, army, hama, unused, casualties, efforts, neutralized, retreat, sources, armyMention, f1300, f1600 }
}

async function read(project: TestProject) {
  return { extracts: await project.context.views.all(), entities: (await project.store.entities.read()).entities }
}

const allClaims: ClaimsQuery = { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 100 }

describe('corpus views on the sample corpus', () => {
  const tempDir = useTempDirs()

  it('Entities: type, mentions per outlet, documents; the outlet × entity matrix', async () => {
    const { project, hts, army, hama, unused } = await fixture(await tempDir())
    try {
      const { extracts, entities } = await read(project)
      const view = entitiesView(extracts, entities)
      expect(view.entities.map((e) => [e.id, e.type, e.mentionCount, e.documentCount, e.mentionsByOutlet])).toEqual([
        [hts.id, 'actor', 5, 3, { 'teleSUR English': 2, 'Tehran Times': 2, 'Shafaq News': 1 }],
        [hama.id, 'place', 2, 2, { 'Tehran Times': 1, NationPress: 1 }],
        [army.id, 'actor', 2, 1, { 'Shafaq News': 2 }],
        [unused.id, 'actor', 0, 0, {}]
      ])
      expect(view.outlets).toEqual(['Al Mayadeen English', 'NationPress', 'Shafaq News', 'Tehran Times', 'teleSUR English'])
      expect(view.matrix).toEqual([
        [0, 0, 0, 0],
        [0, 1, 0, 0],
        [1, 0, 2, 0],
        [2, 1, 0, 0],
        [2, 0, 0, 0]
      ])
      expect(entitiesView(extracts, entities, { type: 'place' }).entities.map((e) => e.name)).toEqual(['Hama'])
    } finally {
      project.close()
    }
  })

  it('Entities: every mention of one entity in context, by date and outlet, pointing to its span', async () => {
    const { project, hts } = await fixture(await tempDir())
    try {
      const { extracts } = await read(project)
      const view = mentionsView(extracts, hts.id, { offset: 0, limit: 100 })
      expect(view.total).toBe(5)
      expect(view.lines.map((l) => [l.outlet, l.date, l.quote])).toEqual([
        ['Tehran Times', '2024-12-03', 'HTS'],
        ['Tehran Times', '2024-12-03', 'HTS'],
        ['teleSUR English', '2024-12-03', 'Hayat Tahrir al-Sham'],
        ['teleSUR English', '2024-12-03', 'HTS'],
        ['Shafaq News', '2024-12-04', 'HTS']
      ])
      for (const line of view.lines) {
        const text = (await project.store.getDocument(line.documentId)).text
        expect(text.slice(line.start, line.end)).toBe(line.quote)
        expect(line.left).toBe(text.slice(Math.max(0, line.start - 32), line.start).replace(/\s+/g, ' '))
        expect(line.right).toBe(text.slice(line.end, line.end + 32).replace(/\s+/g, ' '))
      }
      expect(mentionsView(extracts, hts.id, { offset: 4, limit: 10 }).lines.map((l) => l.outlet)).toEqual(['Shafaq News'])
    } finally {
      project.close()
    }
  })

  it('Claims: text, attributed actor and its entity, outlet, date, stance; filters and sort', async () => {
    const { project, army, casualties, efforts, neutralized, retreat, armyMention } = await fixture(await tempDir())
    try {
      const { extracts, entities } = await read(project)
      const view = claimsView(extracts, entities, allClaims)
      expect(view.total).toBe(4)
      expect(view.rows.map((r) => [r.annotationId, r.outlet, r.date, r.stance, r.actor?.quote ?? null, r.actor?.entityName ?? null])).toEqual([
        [retreat.id, 'NationPress', '2024-12-01', 'denied', null, null],
        [neutralized.id, 'teleSUR English', '2024-12-03', 'reported', null, null],
        [efforts.id, 'Shafaq News', '2024-12-04', 'asserted', 'the Syrian army', 'the Syrian army'],
        [casualties.id, 'Shafaq News', '2024-12-04', 'reported', 'The sources', null]
      ])
      expect(view.rows[2]?.actor).toEqual({ annotationId: armyMention.id, quote: 'the Syrian army', entityId: army.id, entityName: 'the Syrian army' })
      const ids = (query: Partial<ClaimsQuery>) => claimsView(extracts, entities, { ...allClaims, ...query }).rows.map((r) => r.annotationId)
      expect(ids({ outlets: ['Shafaq News'] })).toEqual([efforts.id, casualties.id])
      expect(ids({ entityId: army.id })).toEqual([efforts.id])
      expect(ids({ stances: ['reported'] })).toEqual([neutralized.id, casualties.id])
      expect(ids({ attributes: { stance: 'denied' } })).toEqual([retreat.id])
      expect(ids({ text: 'RECLAIM' })).toEqual([efforts.id])
      // Descending is the exact reverse of ascending, ties included.
      expect(ids({ sort: { by: 'date', direction: 'desc' } })).toEqual([casualties.id, efforts.id, neutralized.id, retreat.id])
      expect(ids({ sort: { by: 'stance', direction: 'asc' } })).toEqual([efforts.id, retreat.id, neutralized.id, casualties.id])
      expect(ids({ sort: { by: 'outlet', direction: 'asc' } })).toEqual([retreat.id, efforts.id, casualties.id, neutralized.id])
      expect(claimsView(extracts, entities, { ...allClaims, offset: 1, limit: 2 })).toMatchObject({ total: 4, rows: [{ annotationId: neutralized.id }, { annotationId: efforts.id }] })
    } finally {
      project.close()
    }
  })

  it('Claims as CSV: one row per claim as filtered, fields with commas, quotes and apostrophes intact', async () => {
    const { project, army } = await fixture(await tempDir())
    try {
      const { extracts, entities } = await read(project)
      const csv = claimsCsv(claimsView(extracts, entities, allClaims).rows)
      expect(csv.startsWith('\uFEFF')).toBe(true)
      const [header, ...rows] = parseCsv(csv.slice(1))
      expect(header).toEqual(['document_id', 'document_title', 'outlet', 'date', 'annotation_id', 'start', 'end', 'offset_unit', 'claim', 'stance', 'actor', 'actor_entity_id', 'actor_entity', 'attributes'])
      expect(rows.map((r) => [r[2], r[8], r[10], r[11]])).toEqual([
        ['NationPress', "any claims regarding the army's retreat from Hama are inaccurate", '', ''],
        ['teleSUR English', 'recent offensives have neutralized over 1,300 combatants since the actions began last Friday', '', ''],
        ['Shafaq News', 'Efforts are underway to reclaim several sites and towns seized by terrorist groups', 'the Syrian army', army.id],
        ['Shafaq News', 'militant casualties this week have exceeded 1,600 from HTS and its affiliated groups', 'The sources', '']
      ])
    } finally {
      project.close()
    }
  })

  it('Figures: each thing counted, each outlet’s values by date, each point pointing to its span and claim', async () => {
    const { project, casualties, neutralized, f1300, f1600 } = await fixture(await tempDir())
    try {
      const { extracts } = await read(project)
      const view = figuresView(extracts, { period: 'all' })
      expect(view.withoutValue).toBe(1)
      expect(view.series.map((s) => [s.counted, s.pointCount])).toEqual([
        ['militants killed', 2],
        ['civilians held captive', 1]
      ])
      const killed = view.series[0]
      expect(killed?.outlets.map((o) => [o.outlet, o.points.map((p) => [p.value, p.date, p.annotationId, p.claim?.annotationId])])).toEqual([
        ['Shafaq News', [[1600, '2024-12-04', f1600.id, casualties.id]]],
        ['teleSUR English', [[1300, '2024-12-03', f1300.id, neutralized.id]]]
      ])
      const point = killed?.outlets[1]?.points[0]
      const text = (await project.store.getDocument(TELESUR)).text
      expect(text.slice(point?.start, point?.end)).toBe('1,300')
      expect(figuresView(extracts, { countedKey: 'civilians held captive' }).series.map((s) => s.pointCount)).toEqual([1])
    } finally {
      project.close()
    }
  })

  it('Figures: grouped by period (the article’s day by default), each with its qualifier and who states it', async () => {
    const { project, f1300, f1600 } = await fixture(await tempDir())
    try {
      const { extracts } = await read(project)
      // 3 and 4 December: two days, one ISO week (2–8 December), one month.
      const byDay = figuresView(extracts).series.filter((s) => s.counted === 'militants killed')
      expect(byDay.map((s) => [s.period, s.outlets.map((o) => o.outlet)])).toEqual([
        ['2024-12-03', ['teleSUR English']],
        ['2024-12-04', ['Shafaq News']]
      ])
      expect(figuresView(extracts, { period: 'week' }).series.filter((s) => s.counted === 'militants killed').map((s) => [s.period, s.pointCount])).toEqual([['2024-W49', 2]])
      expect(figuresView(extracts, { period: 'month' }).series.filter((s) => s.counted === 'militants killed').map((s) => [s.period, s.pointCount])).toEqual([['2024-12', 2]])
      // Only the numbers are highlighted: "exceeded [1,600]", "over [1,300]" are read as at least; the claim's source is named.
      const points = figuresView(extracts, { period: 'all' }).series[0]?.outlets.flatMap((o) => o.points) ?? []
      expect(points.map((p) => [p.annotationId, p.qualifier, p.source?.quote ?? null])).toEqual([
        [f1600.id, 'at least', 'The sources'],
        [f1300.id, 'at least', null]
      ])
    } finally {
      project.close()
    }
  })

  it('the index follows each change without re-reading the other documents', async () => {
    const { project, hts } = await fixture(await tempDir())
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
    const { project } = await fixture(await tempDir())
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

  it('link all on the sample corpus shows in views.entities per outlet, counted by hand; bad input names the problem', async () => {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester', seedSample: true })
    try {
      const text = (await core.call('documents.get', { documentId: TELESUR })).text
      const start = text.indexOf('HTS')
      const mention = await core.call('annotations.create', { documentId: TELESUR, tag: 'actor', start, end: start + 3 })
      const entity = await core.call('entities.create', { documentId: TELESUR, annotationId: mention.id, name: 'Hayat Tahrir al-Sham', aliases: ['HTS'] })
      expect((await core.call('views.entities', {})).entities[0]?.mentionCount).toBe(1)
      const result = await core.call('entities.linkAll', { documentId: TELESUR, annotationId: mention.id })
      // Link all follows the name as well as the alias: 15 more "HTS" and one "Hayat Tahrir al-Sham" in each of the four articles.
      expect(result).toMatchObject({ linked: 0, alreadyLinked: 1, tagged: 19, skipped: 0, documents: 4 })
      const [row] = (await core.call('views.entities', {})).entities
      expect(row).toMatchObject({ id: entity.id, mentionCount: 20, documentCount: 4, mentionsByOutlet: { NationPress: 5, 'teleSUR English': 3, 'Tehran Times': 5, 'Shafaq News': 7 } })
      expect((await core.call('entities.list', { query: 'hts' })).map((e) => e.id)).toEqual([entity.id])
      expect((await core.call('views.mentions', { entityId: entity.id, limit: 3 })).lines).toHaveLength(3)

      const bad = await core.dispatch('relations.add', { documentId: TELESUR, type: 'quoted-by', from: 'a', to: 'b' })
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      const tooMany = await core.dispatch('views.claims', { limit: 100_000 })
      expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('limit') as unknown } })
      const notFound = await core.dispatch('entities.get', { entityId: 'nope' })
      expect(notFound).toMatchObject({ ok: false, error: { code: 'not-found' } })
      const csv = await core.call('views.claimsCsv', {})
      expect(csv).toMatchObject({ mimeType: 'text/csv', documentCount: 0 })
    } finally {
      core.close()
    }
  })
})
