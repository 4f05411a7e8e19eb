import { describe, expect, it } from 'vitest'
import type { FigurePoint, FigureSeries } from '@core/shared/model/views'
import { compareFigures, dayOf, isoDateOfDay } from './figure-series'

function point(annotationId: string, value: number, date: string | null, start = 0): FigurePoint {
  return { documentId: `doc-${annotationId}`, title: 'T', date, annotationId, start, end: start + 2, quote: String(value), value, counted: 'fighters killed', claim: null }
}

function series(outlets: { outlet: string; points: FigurePoint[]; pointCount?: number }[]): FigureSeries {
  return {
    counted: 'fighters killed',
    pointCount: outlets.reduce((n, o) => n + (o.pointCount ?? o.points.length), 0),
    outlets: outlets.map((o) => ({ outlet: o.outlet, points: o.points, pointCount: o.pointCount ?? o.points.length }))
  }
}

describe('compareFigures', () => {
  it('flags outlets that give different values for the same thing counted, with the spread', () => {
    const compared = compareFigures(
      series([
        { outlet: 'Al Mayadeen', points: [point('a', 300, '2024-12-02')] },
        { outlet: 'teleSUR', points: [point('b', 1000, '2024-12-03')] }
      ])
    )
    expect(compared.outletsDisagree).toBe(true)
    expect([compared.min, compared.max]).toEqual([300, 1000])
  })

  it('does not flag outlets that agree, nor one outlet revising its own figure', () => {
    expect(compareFigures(series([{ outlet: 'A', points: [point('a', 30, '2024-12-01')] }, { outlet: 'B', points: [point('b', 30, '2024-12-02')] }])).outletsDisagree).toBe(false)
    expect(compareFigures(series([{ outlet: 'A', points: [point('a', 30, '2024-12-01'), point('b', 40, '2024-12-02')] }])).outletsDisagree).toBe(false)
  })

  it('puts dated points on the chart per outlet and keeps undated ones for the table only', () => {
    const compared = compareFigures(series([{ outlet: 'A', points: [point('a', 5, '2024-12-02'), point('b', 7, null), point('c', 9, 'not a date')] }]))
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
      ])
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
