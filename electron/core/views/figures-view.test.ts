import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../testing/helpers'
import { annotatedSample, extractsAndEntities, TELESUR } from '../testing/sample-views'
import { figuresView } from './figures-view'

describe('the Figures view on the sample corpus', () => {
  const tempDir = useTempDirs()

  it('Figures: each thing counted, each outlet’s values by date, each point pointing to its span and claim', async () => {
    const { project, casualties, neutralized, f1300, f1600 } = await annotatedSample(await tempDir())
    try {
      const { extracts } = await extractsAndEntities(project)
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
    const { project, f1300, f1600 } = await annotatedSample(await tempDir())
    try {
      const { extracts } = await extractsAndEntities(project)
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
})
