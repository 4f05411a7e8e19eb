import type { FigurePoint, FigureSeries, FiguresView } from '../shared/model/views'
import type { DocumentExtract } from './extract'
import { ExtractTracker } from './extract-changes'
export type { FigurePoint, FigureSeries, FiguresView }

interface Group {
  outlets: Map<string, FigurePoint[]>
  pointCount: number
}

/**
 * Figures with a value, grouped by what they count (matched as names are: case, diacritics, Arabic
 * variants) and by outlet, each list kept in date order; patched per changed document by the index.
 */
export class FigureGroups {
  private readonly tracker = new ExtractTracker()
  readonly groups = new Map<string, Group>()
  withoutValue = 0

  update(extracts: readonly DocumentExtract[]): void {
    for (const { before, after } of this.tracker.changes(extracts)) {
      if (before) this.remove(before)
      if (after) this.add(after)
    }
  }

  private add(extract: DocumentExtract): void {
    for (const figure of extract.figures) {
      if (figure.value === null) {
        this.withoutValue += 1
        continue
      }
      let group = this.groups.get(figure.countedKey)
      if (!group) {
        group = { outlets: new Map(), pointCount: 0 }
        this.groups.set(figure.countedKey, group)
      }
      let points = group.outlets.get(extract.outlet)
      if (!points) {
        points = []
        group.outlets.set(extract.outlet, points)
      }
      const point = {
        documentId: extract.documentId,
        title: extract.title,
        date: extract.date,
        annotationId: figure.annotationId,
        start: figure.start,
        end: figure.end,
        quote: figure.quote,
        value: figure.value,
        claim: figure.claim,
        counted: figure.counted
      }
      points.splice(upperBound(points, point), 0, point)
      group.pointCount += 1
    }
  }

  private remove(extract: DocumentExtract): void {
    for (const figure of extract.figures) {
      if (figure.value === null) {
        this.withoutValue -= 1
        continue
      }
      const group = this.groups.get(figure.countedKey)
      const points = group?.outlets.get(extract.outlet)
      if (!group || !points) continue
      const index = points.findIndex((p) => p.annotationId === figure.annotationId && p.documentId === extract.documentId)
      if (index === -1) continue
      points.splice(index, 1)
      group.pointCount -= 1
      if (points.length === 0) group.outlets.delete(extract.outlet)
      if (group.pointCount === 0) this.groups.delete(figure.countedKey)
    }
  }
}

function comparePoints(a: FigurePoint, b: FigurePoint): number {
  const dateA = a.date ?? ''
  const dateB = b.date ?? ''
  if (dateA !== dateB) return dateA < dateB ? -1 : 1
  if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1
  return a.start - b.start
}

function upperBound(points: readonly FigurePoint[], point: FigurePoint): number {
  let low = 0
  let high = points.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (comparePoints(points[middle] as FigurePoint, point) <= 0) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * For each thing counted, each outlet's values by date, each point pointing to its span (and the
 * claim that states it). `countedKey` keeps one thing; `pointsPerOutlet` caps the points sent per
 * outlet (the counts stay whole). `groups` is the index's running grouping; without one, the corpus is
 * grouped afresh.
 */
export function figuresView(
  extracts: readonly DocumentExtract[],
  options: { countedKey?: string; pointsPerOutlet?: number } = {},
  groups: FigureGroups = new FigureGroups()
): FiguresView {
  groups.update(extracts)
  const cap = options.pointsPerOutlet ?? Number.POSITIVE_INFINITY
  const series: FigureSeries[] = []
  for (const [key, group] of groups.groups) {
    if (options.countedKey !== undefined && key !== options.countedKey) continue
    const outlets = [...group.outlets.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    const earliest = outlets.flatMap(([, points]) => points.slice(0, 1)).sort(comparePoints)[0]
    series.push({
      counted: earliest?.counted ?? '',
      pointCount: group.pointCount,
      outlets: outlets.map(([outlet, points]) => ({
        outlet,
        pointCount: points.length,
        points: points.slice(0, cap)
      }))
    })
  }
  series.sort((a, b) => b.pointCount - a.pointCount || a.counted.localeCompare(b.counted))
  return { series, withoutValue: groups.withoutValue }
}
