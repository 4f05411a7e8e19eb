import type { FigureInterval, FigureQualifier, FigureReading } from '@core/shared/model/figure-interval'
import type { FigurePeriod } from '@core/shared/model/views'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import type { Translator } from '@core/shared/i18n/translator'
import type { FigureComparison, FigureRow } from './figure-series'

/** "at least 1,300", "300 to 352", "245": the values a set of figures all allow. */
export function describeInterval({ low, high }: FigureInterval, { t, number }: Translator): string {
  if (high === Number.POSITIVE_INFINITY) return t('views.figures.reading.atLeast', { value: Math.round(low) })
  if (Math.round(low) === Math.round(high)) return number(Math.round(low))
  if (low <= 0) return t('views.figures.reading.atMost', { value: Math.round(high) })
  return t('views.figures.interval.between', { low: Math.round(low), high: Math.round(high) })
}

/** "at least 1,600", "about 300", "200–300", "245": a figure as its text qualifies it. */
export function describeReading({ qualifier, value, upper }: FigureReading, { t, number }: Translator): string {
  switch (qualifier) {
    case 'exact':
      return number(value)
    case 'range':
      return upper === null ? number(value) : `${number(value)}–${number(upper)}`
    case 'at least':
      return t('views.figures.reading.atLeast', { value })
    case 'at most':
      return t('views.figures.reading.atMost', { value })
    case 'about':
      return t('views.figures.reading.about', { value })
  }
}

/** A row's figure as its text qualifies it. */
export function describeRow(row: FigureRow, translator: Translator): string {
  return describeReading(row.point, translator)
}

const QUALIFIER_LABELS: Record<FigureQualifier, MessageKey> = {
  exact: 'views.figures.qualifier.exact',
  'at least': 'views.figures.qualifier.atLeast',
  'at most': 'views.figures.qualifier.atMost',
  about: 'views.figures.qualifier.about',
  range: 'views.figures.qualifier.range'
}

/** A qualifier as the Figures table names it ("at least"). */
export function qualifierLabel(qualifier: FigureQualifier, { t }: Translator): string {
  return t(QUALIFIER_LABELS[qualifier])
}

/**
 * What the figures of one thing counted and period say together: which two cannot both be right and
 * who states them, or the values they all allow, or the one source that gives it.
 */
export function figureVerdict(comparison: FigureComparison, translator: Translator): string {
  const { t } = translator
  const { disagreement, common, rows, sourceCount } = comparison
  if (disagreement) {
    const { lowest, highest } = disagreement
    return t('views.figures.verdict.disagree', {
      low: describeRow(lowest, translator),
      lowSource: lowest.source,
      high: describeRow(highest, translator),
      highSource: highest.source
    })
  }
  const first = rows[0]
  const source = first?.source ?? t('views.figures.oneSource')
  if (rows.length <= 1 || !common) return t('views.figures.verdict.only', { source, reading: first ? describeRow(first, translator) : '' })
  const interval = describeInterval(common, translator)
  return sourceCount === 1
    ? t('views.figures.verdict.agreeFromSource', { count: rows.length, source, interval })
    : t('views.figures.verdict.agreeFromSources', { count: rows.length, sources: sourceCount, interval })
}

const DAY_MS = 86_400_000

/** "2 Dec 2024", "week of 2 Dec 2024", "December 2024", "undated"; null when figures are not grouped by period. */
export function periodLabel(period: string | null, { t, date }: Translator): string | null {
  if (period === null) return null
  if (period === '') return date(null)
  const week = /^(\d{4})-W(\d{2})$/.exec(period)
  if (week) {
    // The Monday of ISO week N: the week holding 4 January is week 1.
    const jan4 = Date.UTC(Number(week[1]), 0, 4)
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (Number(week[2]) - 1) * 7 * DAY_MS
    return t('views.figures.weekOf', { date: date(new Date(monday).toISOString().slice(0, 10)) })
  }
  if (/^\d{4}-\d{2}$/.test(period)) return date(`${period}-01`, { month: 'long', year: 'numeric' })
  return date(period)
}

export const PERIOD_LABELS: Record<FigurePeriod, MessageKey> = {
  day: 'views.figures.period.day',
  week: 'views.figures.period.week',
  month: 'views.figures.period.month',
  all: 'views.figures.period.all'
}
