import { describe, expect, it } from 'vitest'
import { parseCsv, useTempDirs } from '../testing/helpers'
import { allClaims, annotatedSample, extractsAndEntities } from '../testing/sample-views'
import { claimsCsv } from './claims-csv'
import { claimsView, type ClaimsQuery } from './claims-view'

describe('the Claims view on the sample corpus', () => {
  const tempDir = useTempDirs()

  it('Claims: text, attributed actor and its entity, outlet, date, stance; filters and sort', async () => {
    const { project, army, casualties, efforts, neutralized, retreat, armyMention } = await annotatedSample(await tempDir())
    try {
      const { extracts, entities } = await extractsAndEntities(project)
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
    const { project, army } = await annotatedSample(await tempDir())
    try {
      const { extracts, entities } = await extractsAndEntities(project)
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
})
