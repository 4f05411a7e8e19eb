import * as chrono from 'chrono-node'

export interface Dateline {
  /** `YYYY-MM-DD`, or null when the line states no year and the context gives none. */
  date: string | null
  /** The outlet named in parentheses after the date, as in "Damascus, Dec 1 (NationPress)". */
  outlet: string | null
}

const MAX_DATELINE_LENGTH = 90
const OUTLET_IN_PARENTHESES = /\(([^()]{2,60})\)\s*(?:[-–—:]\s*)?$/

/**
 * Reads a dateline: a short line that is mostly a date, such as "2 Dec 2024 23:47",
 * "December 3, 2024 Hour: 3:58 pm" or "Damascus, Dec 1 (NationPress)". A date without a year takes
 * `contextYear` (the year of another full date in the same file) and is otherwise unknown: guessing
 * the current year would silently misdate archived articles.
 */
export function parseDateline(line: string, contextYear: number | null = null): Dateline | null {
  const trimmed = line.trim()
  if (trimmed.length === 0 || trimmed.length > MAX_DATELINE_LENGTH) return null
  const [result] = chrono.parse(trimmed, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })
  if (!result || !result.start.isCertain('month') || !result.start.isCertain('day')) return null
  const outlet = OUTLET_IN_PARENTHESES.exec(trimmed)?.[1]?.trim() ?? null
  const rest = trimmed.replace(result.text, '').replace(OUTLET_IN_PARENTHESES, '')
  // What is left besides the date: a place name, a label such as "Hour:" or "Updated", a time.
  if (rest.replace(/[\d:.,\s-–—|/]|\b(am|pm|gmt|utc|hour|updated|published|posted|on|at)\b/gi, '').length > 40) return null
  const year = result.start.isCertain('year') ? result.start.get('year') : contextYear
  const month = result.start.get('month')
  const day = result.start.get('day')
  return { date: year && month && day ? isoDate(year, month, day) : null, outlet }
}

/** The first full date (with a year) chrono finds in `text`, or null. */
export function findFullDate(text: string): string | null {
  for (const result of chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    const { start } = result
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue
    const [year, month, day] = [start.get('year'), start.get('month'), start.get('day')]
    if (year && month && day) return isoDate(year, month, day)
  }
  return null
}

/** A date from a meta tag or JSON-LD (`2024-12-03T15:58:00+03:00`, `Tue, 03 Dec 2024`) as `YYYY-MM-DD`. */
export function normalizeDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim())
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  return findFullDate(value)
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1000) return null
  return date.toISOString().slice(0, 10)
}
