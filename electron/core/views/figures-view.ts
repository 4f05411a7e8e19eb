import type { FigurePeriod, FigurePoint, FigureSeries, FiguresView } from '../shared/model/views'
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
        qualifier: figure.qualifier,
        upper: figure.upper,
        claim: figure.claim,
        source: figure.source ? { annotationId: figure.source.annotationId, quote: figure.source.quote } : null,
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
 * For each thing counted and period (the article's day by default: a tally on 2 December and one on 4
 * December are not the same claim), each outlet's values by date, each point pointing to its span (and
 * the claim that states it). `countedKey` keeps one thing; `pointsPerOutlet` caps the points sent per
 * outlet and series (the counts stay whole). `groups` is the index's running grouping; without one,
 * the corpus is grouped afresh.
 */
export function figuresView(
  extracts: readonly DocumentExtract[],
  options: { countedKey?: string; pointsPerOutlet?: number; period?: FigurePeriod } = {},
  groups: FigureGroups = new FigureGroups()
): FiguresView {
  groups.update(extracts)
  const cap = options.pointsPerOutlet ?? Number.POSITIVE_INFINITY
  const period = options.period ?? 'day'
  const things: { pointCount: number; series: FigureSeries[] }[] = []
  for (const [key, group] of groups.groups) {
    if (options.countedKey !== undefined && key !== options.countedKey) continue
    const outlets = [...group.outlets.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    const counted = commonestSpelling(outlets.flatMap(([, points]) => points))
    // Each outlet's points are in date order, so each period's are a run of them.
    const periods = new Map<string, Map<string, FigurePoint[]>>()
    for (const [outlet, points] of outlets) {
      for (const point of points) {
        const periodKey = periodOf(point.date, period)
        let byOutlet = periods.get(periodKey)
        if (!byOutlet) periods.set(periodKey, (byOutlet = new Map()))
        const list = byOutlet.get(outlet)
        if (list) list.push(point)
        else byOutlet.set(outlet, [point])
      }
    }
    const series = [...periods.entries()]
      .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
      .map(([periodKey, byOutlet]): FigureSeries => {
        const shown = [...byOutlet.entries()].map(([outlet, points]) => ({ outlet, pointCount: points.length, points: points.slice(0, cap) }))
        return { counted, period: period === 'all' ? null : periodKey, pointCount: shown.reduce((sum, o) => sum + o.pointCount, 0), outlets: shown }
      })
    things.push({ pointCount: group.pointCount, series })
  }
  things.sort((a, b) => b.pointCount - a.pointCount || (a.series[0]?.counted ?? '').localeCompare(b.series[0]?.counted ?? ''))
  return { series: things.flatMap((thing) => thing.series), withoutValue: groups.withoutValue }
}

/** The spelling of what is counted most figures use ("militants killed" over one "Militants Killed"), the earliest on a tie. */
function commonestSpelling(points: readonly FigurePoint[]): string {
  const counts = new Map<string, number>()
  for (const point of [...points].sort(comparePoints)) counts.set(point.counted, (counts.get(point.counted) ?? 0) + 1)
  let best = ''
  let bestCount = 0
  for (const [spelling, count] of counts) if (count > bestCount) [best, bestCount] = [spelling, count]
  return best
}

const DAY_MS = 86_400_000

/** The period an article's date falls in: "2024-12-02", ISO week "2024-W49", "2024-12"; "" when undated. */
export function periodOf(date: string | null, period: FigurePeriod): string {
  if (period === 'all') return 'all'
  const day = date?.slice(0, 10) ?? ''
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return ''
  if (period === 'day') return day
  if (period === 'month') return day.slice(0, 7)
  const time = Date.parse(`${day}T00:00:00Z`)
  // ISO 8601: the week belongs to the year of its Thursday.
  const weekday = (new Date(time).getUTCDay() + 6) % 7
  const thursday = new Date(time + (3 - weekday) * DAY_MS)
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1)
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}
