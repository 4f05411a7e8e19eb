import { describeReading, type FigureInterval } from '@core/shared/model/figure-interval'
import type { FigurePeriod } from '@core/shared/model/views'
import { formatDate } from '../format/date'
import type { FigureComparison, FigureRow } from './figure-series'

const number = (n: number) => Math.round(n).toLocaleString('en-GB')

/** "at least 1,300", "300 to 352", "245": the values a set of figures all allow. */
export function describeInterval({ low, high }: FigureInterval): string {
  if (high === Number.POSITIVE_INFINITY) return `at least ${number(low)}`
  if (Math.round(low) === Math.round(high)) return number(low)
  if (low <= 0) return `at most ${number(high)}`
  return `${number(low)} to ${number(high)}`
}

/** A row's figure as its text qualifies it: "at least 1,600", "about 300", "200–300", "245". */
export function describeRow(row: FigureRow): string {
  return describeReading(row.point)
}

/**
 * What the figures of one thing counted and period say together: which two cannot both be right and
 * who states them, or the values they all allow, or the one source that gives it.
 */
export function figureVerdict(comparison: FigureComparison): string {
  const { disagreement, common, rows, sourceCount } = comparison
  if (disagreement) {
    const { lowest, highest } = disagreement
    return `Figures disagree: ${describeRow(lowest)} (${lowest.source}) and ${describeRow(highest)} (${highest.source}) cannot both be right.`
  }
  const first = rows[0]
  if (rows.length <= 1 || !common) return `Only ${first?.source ?? 'one source'} gives this figure: ${first ? describeRow(first) : ''}.`
  const from = sourceCount === 1 ? `from ${first?.source ?? 'one source'}` : `from ${sourceCount} sources`
  return `${rows.length} figures ${from} can all be right: ${describeInterval(common)}.`
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "2 Dec 2024", "week of 2 Dec 2024", "December 2024", "undated"; null when figures are not grouped by period. */
export function periodLabel(period: string | null): string | null {
  if (period === null) return null
  if (period === '') return 'undated'
  const week = /^(\d{4})-W(\d{2})$/.exec(period)
  if (week) {
    // The Monday of ISO week N: the week holding 4 January is week 1.
    const jan4 = Date.UTC(Number(week[1]), 0, 4)
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(week[2]) - 1) * 7 * 86_400_000
    return `week of ${formatDate(new Date(monday).toISOString().slice(0, 10))}`
  }
  if (/^\d{4}-\d{2}$/.test(period)) return monthFormat.format(new Date(`${period}-01T00:00:00Z`))
  return formatDate(period)
}

export const PERIOD_LABELS: Record<FigurePeriod, string> = { day: 'Day', week: 'Week', month: 'Month', all: 'All dates' }
