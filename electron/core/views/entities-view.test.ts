import { describe, expect, it } from 'vitest'
import { createCore } from '../core'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { annotatedSample, extractsAndEntities, TELESUR } from '../testing/sample-views'
import { entitiesView } from './entities-view'
import { mentionsView } from './mentions-view'

describe('the Entities view on the sample corpus', () => {
  const tempDir = useTempDirs()

  it('Entities: type, mentions per outlet, documents; the outlet × entity matrix', async () => {
    const { project, hts, army, hama, unused } = await annotatedSample(await tempDir())
    try {
      const { extracts, entities } = await extractsAndEntities(project)
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
    const { project, hts } = await annotatedSample(await tempDir())
    try {
      const { extracts } = await extractsAndEntities(project)
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
