/**
 * What a figure's number claims, as an interval, so figures compare honestly: "at least 300" and
 * "about 320" can both be right; "245" and "at least 1,600" cannot.
 */
export const FIGURE_QUALIFIERS = ['exact', 'at least', 'at most', 'about', 'range'] as const
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number]

/** The Figure tag's attribute ids (the defaults' and any project's Figure tag that defines them). */
export const FIGURE_VALUE = 'value'
export const FIGURE_UPPER = 'value_max'
export const FIGURE_QUALIFIER = 'qualifier'
export const FIGURE_COUNTED = 'counted'

/** "About 300" spans 270 to 330: a tenth either side, the margin outlets' rounding usually hides. */
export const ABOUT_MARGIN = 0.1

export interface FigureReading {
  qualifier: FigureQualifier
  value: number
  /** The upper end of a range; null for any other qualifier. */
  upper: number | null
}

export interface FigureInterval {
  low: number
  /** `Infinity` for "at least". */
  high: number
}

export function isFigureQualifier(value: unknown): value is FigureQualifier {
  return typeof value === 'string' && (FIGURE_QUALIFIERS as readonly string[]).includes(value)
}

/** The values a reading allows. "At most" starts at 0: counts are never negative. */
export function figureInterval({ qualifier, value, upper }: FigureReading): FigureInterval {
  switch (qualifier) {
    case 'exact':
      return { low: value, high: value }
    case 'at least':
      return { low: value, high: Number.POSITIVE_INFINITY }
    case 'at most':
      return { low: Math.min(0, value), high: value }
    case 'about': {
      const margin = Math.abs(value) * ABOUT_MARGIN
      return { low: value - margin, high: value + margin }
    }
    case 'range':
      return upper === null ? { low: value, high: value } : { low: Math.min(value, upper), high: Math.max(value, upper) }
  }
}

/**
 * The two readings that cannot both be right, when some pair of intervals does not overlap: the one
 * whose interval ends lowest and the one whose interval starts highest (on a line, a set of intervals
 * shares a point exactly when the highest start is at most the lowest end). Null when all overlap.
 */
export function disagreement<T extends FigureReading>(readings: readonly T[]): { lowest: T; highest: T } | null {
  let lowest: T | undefined
  let highest: T | undefined
  let lowestEnd = Number.POSITIVE_INFINITY
  let highestStart = Number.NEGATIVE_INFINITY
  for (const reading of readings) {
    const { low, high } = figureInterval(reading)
    if (high < lowestEnd) {
      lowestEnd = high
      lowest = reading
    }
    if (low > highestStart) {
      highestStart = low
      highest = reading
    }
  }
  return lowest && highest && highestStart > lowestEnd ? { lowest, highest } : null
}
