import { disagreement, figureInterval, type FigureInterval, type FigureReading } from '@core/shared/model/figure-interval'
import type { FigurePoint, FigureSeries } from '@core/shared/model/views'
import type { Translator } from '@core/shared/i18n/translator'
import { outletLabel } from './span-target'

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

export interface FigureRow {
  outlet: string
  point: FigurePoint
  /** Who states the figure: the actor its claim is attributed to, else the outlet. */
  source: string
}

export interface FigureComparison {
  counted: string
  /** The period the figures fall in ("2024-12-02", "2024-W49", "2024-12"), "" undated, null for all dates. */
  period: string | null
  outlets: OutletSeries[]
  /** The smallest and largest values any figure gives (a range's upper end included). */
  min: number
  max: number
  /**
   * Two figures whose intervals do not overlap ("245" and "at least 1,600"), so they cannot both be
   * right; null when every figure's interval shares a value with every other's.
   */
  disagreement: { lowest: FigureRow; highest: FigureRow } | null
  /** The values every figure allows, when they all overlap ("at least 1,300"); null when they disagree. */
  common: FigureInterval | null
  /** Distinct sources (actors or outlets) that give a figure. */
  sourceCount: number
  /** Every point, by date then outlet, for the table. */
  rows: FigureRow[]
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
 * One thing counted in one period, ready to draw: each outlet's dated points, and whether the figures
 * can all be right (their intervals overlap: "at least 300" and "about 320" can; "245" and "at least
 * 1,600" cannot), with one row per point, naming who states it, for the textual table.
 */
export function compareFigures(series: FigureSeries, translator: Translator): FigureComparison {
  const outlets: OutletSeries[] = []
  const rows: FigureRow[] = []
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  let notShown = 0
  for (const { outlet, points, pointCount } of series.outlets) {
    const dated: ChartPoint[] = []
    const undated: FigurePoint[] = []
    for (const point of points) {
      const day = dayOf(point.date)
      if (day === null) undated.push(point)
      else dated.push({ day, value: point.value, outlet, point })
      rows.push({ outlet, point, source: point.source?.quote || outletLabel(outlet, translator) })
      min = Math.min(min, point.value, point.upper ?? point.value)
      max = Math.max(max, point.value, point.upper ?? point.value)
    }
    notShown += pointCount - points.length
    outlets.push({ outlet, points: dated, undated })
  }
  rows.sort((a, b) => (a.point.date ?? '\uffff').localeCompare(b.point.date ?? '\uffff') || a.outlet.localeCompare(b.outlet) || a.point.start - b.point.start)
  const readings = rows.map((row) => ({ row, qualifier: row.point.qualifier, value: row.point.value, upper: row.point.upper }))
  const found = disagreement(readings)
  return {
    counted: series.counted,
    period: series.period,
    outlets,
    min: rows.length ? min : 0,
    max: rows.length ? max : 0,
    disagreement: found ? { lowest: found.lowest.row, highest: found.highest.row } : null,
    common: found ? null : commonInterval(readings),
    sourceCount: new Set(rows.map((row) => row.source)).size,
    rows,
    notShown
  }
}

function commonInterval(readings: readonly FigureReading[]): FigureInterval | null {
  if (readings.length === 0) return null
  const intervals = readings.map(figureInterval)
  return { low: Math.max(...intervals.map((i) => i.low)), high: Math.min(...intervals.map((i) => i.high)) }
}
