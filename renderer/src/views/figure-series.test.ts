import { describe, expect, it } from 'vitest'
import type { FigurePoint, FigureSeries } from '@core/shared/model/views'
import type { FigureQualifier } from '@core/shared/model/figure-interval'
import { createTranslator } from '@core/shared/i18n/translator'
import { compareFigures, dayOf, isoDateOfDay } from './figure-series'
import { figureVerdict } from './figure-verdict'

const en = createTranslator('en')

function point(annotationId: string, value: number, date: string | null, start = 0, qualifier: FigureQualifier = 'exact', source: string | null = null): FigurePoint {
  return {
    documentId: `doc-${annotationId}`,
    title: 'T',
    date,
    annotationId,
    start,
    end: start + 2,
    quote: String(value),
    value,
    qualifier,
    upper: null,
    counted: 'fighters killed',
    claim: null,
    source: source === null ? null : { annotationId: `actor-${annotationId}`, quote: source }
  }
}

function series(outlets: { outlet: string; points: FigurePoint[]; pointCount?: number }[]): FigureSeries {
  return {
    counted: 'fighters killed',
    period: '2024-12-02',
    pointCount: outlets.reduce((n, o) => n + (o.pointCount ?? o.points.length), 0),
    outlets: outlets.map((o) => ({ outlet: o.outlet, points: o.points, pointCount: o.pointCount ?? o.points.length }))
  }
}

describe('compareFigures', () => {
  it('names the two figures that cannot both be right, and who states each', () => {
    const compared = compareFigures(
      series([
        { outlet: 'Shafaq News', points: [point('a', 245, '2024-12-04', 0, 'exact', 'the Observatory'), point('b', 1600, '2024-12-04', 10, 'at least')] },
        { outlet: 'teleSUR', points: [point('c', 1300, '2024-12-04', 0, 'at least')] }
      ]),
      en
    )
    expect(compared.disagreement?.lowest.point.annotationId).toBe('a')
    expect(compared.disagreement?.highest.point.annotationId).toBe('b')
    expect(figureVerdict(compared, en)).toBe('Figures disagree: 245 (the Observatory) and at least 1,600 (Shafaq News) cannot both be right.')
    expect([compared.min, compared.max]).toEqual([245, 1600])
  })

  it('does not call overlapping figures a disagreement: more than 400 and at least 300', () => {
    const compared = compareFigures(
      series([
        { outlet: 'Al Mayadeen', points: [point('a', 400, '2024-12-02', 0, 'at least')] },
        { outlet: 'Tehran Times', points: [point('b', 300, '2024-12-02', 0, 'at least', 'The Russian Reconciliation Center')] }
      ]),
      en
    )
    expect(compared.disagreement).toBeNull()
    expect(figureVerdict(compared, en)).toBe('2 figures from 2 sources can all be right: at least 400.')
  })

  it('still flags two exact figures that differ, and not one', () => {
    expect(compareFigures(series([{ outlet: 'A', points: [point('a', 30, '2024-12-01')] }, { outlet: 'B', points: [point('b', 30, '2024-12-02')] }]), en).disagreement).toBeNull()
    expect(compareFigures(series([{ outlet: 'A', points: [point('a', 30, '2024-12-01')] }, { outlet: 'B', points: [point('b', 31, '2024-12-02')] }]), en).disagreement).not.toBeNull()
    expect(figureVerdict(compareFigures(series([{ outlet: 'A', points: [point('a', 30, '2024-12-01', 0, 'about')] }]), en), en)).toBe('Only A gives this figure: about 30.')
  })

  it('puts dated points on the chart per outlet and keeps undated ones for the table only', () => {
    const compared = compareFigures(series([{ outlet: 'A', points: [point('a', 5, '2024-12-02'), point('b', 7, null), point('c', 9, 'not a date')] }]), en)
    const [outlet] = compared.outlets
    expect(outlet?.points.map((p) => [isoDateOfDay(p.day), p.value])).toEqual([['2024-12-02', 5]])
    expect(outlet?.undated.map((p) => p.annotationId)).toEqual(['b', 'c'])
    expect(compared.rows).toHaveLength(3)
  })

  it('orders the table by date, then outlet, undated last, and counts points the core held back', () => {
    const compared = compareFigures(
      series([
        { outlet: 'teleSUR', points: [point('t', 2, '2024-12-01')], pointCount: 4 },
        { outlet: 'Al Mayadeen', points: [point('u', 1, null), point('m', 3, '2024-12-01')] }
      ]),
      en
    )
    expect(compared.rows.map((r) => r.point.annotationId)).toEqual(['m', 't', 'u'])
    expect(compared.notShown).toBe(3)
  })

  it('reads day numbers from plain dates and timestamps alike', () => {
    expect(dayOf('2024-12-02')).toBe(dayOf('2024-12-02T23:47:00Z'))
    expect(dayOf('')).toBeNull()
    expect(isoDateOfDay(dayOf('1969-12-31') ?? 0)).toBe('1969-12-31')
  })
})
