import type { DocumentExtract } from './extract'
import type { FigurePoint, FigureSeries, FiguresView } from '../model/views'
export type { FigurePoint, FigureSeries, FiguresView }



/**
 * For each thing counted (grouped as names are matched: case, diacritics, Arabic variants), each
 * outlet's values by date, each point pointing to its span. `counted` keeps one group.
 */
export function figuresView(extracts: readonly DocumentExtract[], options: { countedKey?: string } = {}): FiguresView {
  const groups = new Map<string, { counted: string; outlets: Map<string, FigurePoint[]>; pointCount: number }>()
  let withoutValue = 0
  for (const extract of extracts) {
    for (const figure of extract.figures) {
      if (options.countedKey !== undefined && figure.countedKey !== options.countedKey) continue
      if (figure.value === null) {
        withoutValue += 1
        continue
      }
      let group = groups.get(figure.countedKey)
      if (!group) {
        group = { counted: figure.counted, outlets: new Map(), pointCount: 0 }
        groups.set(figure.countedKey, group)
      }
      const points = group.outlets.get(extract.outlet) ?? []
      points.push({
        documentId: extract.documentId,
        title: extract.title,
        date: extract.date,
        annotationId: figure.annotationId,
        start: figure.start,
        end: figure.end,
        quote: figure.quote,
        value: figure.value,
        claim: figure.claim
      })
      group.outlets.set(extract.outlet, points)
      group.pointCount += 1
    }
  }
  const series = [...groups.values()].map((group) => ({
    counted: group.counted,
    pointCount: group.pointCount,
    outlets: [...group.outlets.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([outlet, points]) => ({
        outlet,
        points: points.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.documentId.localeCompare(b.documentId) || a.start - b.start)
      }))
  }))
  series.sort((a, b) => b.pointCount - a.pointCount || a.counted.localeCompare(b.counted))
  return { series, withoutValue }
}
