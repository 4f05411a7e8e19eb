import type { FigurePoint, FigureSeries } from '@core/shared/model/views'

export interface ChartPoint {
  /** Days since 1970-01-01 (UTC) of the article's date. */
  day: number
  value: number
  outlet: string
  point: FigurePoint
}

export interface OutletSeries {
  outlet: string
  /** Dated points, in date order, as the chart draws them. */
  points: ChartPoint[]
  /** Points whose article has no usable date: in the table, not on the chart. */
  undated: FigurePoint[]
}

export interface FigureComparison {
  counted: string
  outlets: OutletSeries[]
  /** The smallest and largest values any outlet gives. */
  min: number
  max: number
  /** True when outlets give different values for the same thing counted. */
  outletsDisagree: boolean
  /** Every point, by date then outlet, for the table. */
  rows: { outlet: string; point: FigurePoint }[]
  /** Points the core held back (the cap per outlet), so the table can say so. */
  notShown: number
}

const DAY_MS = 86_400_000

/** Days since the epoch of an ISO date (`2024-12-02` or a full timestamp); null when it has none. */
export function dayOf(date: string | null): number | null {
  if (!date) return null
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date)
  return Number.isNaN(time) ? null : Math.floor(time / DAY_MS)
}

/** A day number back to its ISO date, for axis ticks. */
export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/**
 * One thing counted, ready to draw: each outlet's dated points, the spread of values across outlets
 * (do they disagree?), and one row per point for the textual table.
 */
export function compareFigures(series: FigureSeries): FigureComparison {
  const outlets: OutletSeries[] = []
  const rows: FigureComparison['rows'] = []
  const valuesByOutlet = new Map<string, Set<number>>()
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  let notShown = 0
  for (const { outlet, points, pointCount } of series.outlets) {
    const dated: ChartPoint[] = []
    const undated: FigurePoint[] = []
    const values = new Set<number>()
    for (const point of points) {
      const day = dayOf(point.date)
      if (day === null) undated.push(point)
      else dated.push({ day, value: point.value, outlet, point })
      rows.push({ outlet, point })
      values.add(point.value)
      min = Math.min(min, point.value)
      max = Math.max(max, point.value)
    }
    valuesByOutlet.set(outlet, values)
    notShown += pointCount - points.length
    outlets.push({ outlet, points: dated, undated })
  }
  rows.sort((a, b) => (a.point.date ?? '\uffff').localeCompare(b.point.date ?? '\uffff') || a.outlet.localeCompare(b.outlet) || a.point.start - b.point.start)
  const distinct = new Set([...valuesByOutlet.values()].flatMap((values) => [...values]))
  return {
    counted: series.counted,
    outlets,
    min: rows.length ? min : 0,
    max: rows.length ? max : 0,
    outletsDisagree: valuesByOutlet.size > 1 && distinct.size > 1,
    rows,
    notShown
  }
}
