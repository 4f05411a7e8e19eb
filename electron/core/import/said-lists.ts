// Each item nests the message one level deeper: callers list a few items (a slice, or a fixed set), never a file's whole list.
import { said, type Said, type SaidValue } from '../shared/i18n/said'

/** Items joined as "a and b and c" (each item a name or a message), the way the English messages list a few. */
export function andList(items: readonly SaidValue[]): SaidValue {
  const [first, ...rest] = items
  if (first === undefined) return ''
  return rest.length === 0 ? first : said('readers.and', { first, second: andList(rest) })
}

/** Messages joined as "a; b; c" (an Arabic semicolon in Arabic). */
export function semicolonList(items: readonly Said[]): SaidValue {
  const [first, ...rest] = items
  if (first === undefined) return ''
  return rest.length === 0 ? first : said('readers.semicolons', { first, rest: semicolonList(rest) })
}

/** Items joined as "a, b, c" (an Arabic comma in Arabic). */
export function commaList(items: readonly SaidValue[]): SaidValue {
  const [first, ...rest] = items
  if (first === undefined) return ''
  return rest.length === 0 ? first : said('readers.commas', { first, rest: commaList(rest) })
}
