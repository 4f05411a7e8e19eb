import { findArabicNumberWords } from './arabic-number-words'

/**
 * The number a figure's span states, for its `value` attribute: "1,300" → 1300, "1.5 million" →
 * 1500000, "two thousand" → 2000, "a hundred" → 100, "١٢ دبابة" → 12. Null when the span states no
 * exact number ("dozens", "hundreds of", "several").
 *
 * Decisions where usage is ambiguous:
 * - A range ("3,500-4,000", "between 20 and 30") gives its first number, the lower bound; the analyst
 *   can edit the value.
 * - Separators: a comma or a dot followed by exactly three digits groups thousands ("1,300", "12.000"
 *   → 12000, as European outlets write it), unless a scale word follows ("1.500 million" → 1500000,
 *   read as a decimal). With one or two digits after it, either is a decimal mark ("1,5 million").
 *   Arabic ٬ groups thousands, ٫ is the decimal mark.
 */
export function parseFigure(span: string): number | null {
  const text = toAsciiDigits(span.normalize('NFKC')).toLowerCase()
  const found = [findNumeral(text), findNumberWords(text), findArabicNumberWords(text)]
  const earliest = found.reduce<{ index: number; value: number } | null>((best, next) => (next && (!best || next.index < best.index) ? next : best), null)
  return earliest ? earliest.value : null
}

const ARABIC_INDIC_ZERO = 0x0660
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0

/** Arabic-Indic and Persian digits to ASCII, the Arabic thousands separator to a comma. */
export function toAsciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - ARABIC_INDIC_ZERO))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - EXTENDED_ARABIC_INDIC_ZERO))
    .replace(/\u066c/g, ',')
}

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  k: 1_000,
  million: 1_000_000,
  mln: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  'ألف': 1_000,
  'الف': 1_000,
  'آلاف': 1_000,
  'مليون': 1_000_000,
  'ملايين': 1_000_000,
  'مليار': 1_000_000_000
}

export const SCALE_PATTERN = Object.keys(SCALES)
  .sort((a, b) => b.length - a.length)
  .join('|')
const NUMERAL = new RegExp(`(?<![\\p{L}\\p{N}])(\\d+(?:[.,\\u066b]\\d+)*)(?:\\s*(${SCALE_PATTERN})(?![\\p{L}]))?`, 'u')

function findNumeral(text: string): { index: number; value: number } | null {
  const match = NUMERAL.exec(text)
  if (!match?.[1]) return null
  const scale = match[2] ? (SCALES[match[2]] ?? 1) : 1
  const value = readDigits(match[1], scale !== 1)
  return value === null ? null : { index: match.index, value: round(value * scale) }
}

/** Reads "1,300", "12.000", "1.5", "1,5", "1.300.000,5"; null when the separators make no sense. */
function readDigits(raw: string, scaled: boolean): number | null {
  const parts = raw.split(/([.,\u066b])/)
  const groups = parts.filter((_, i) => i % 2 === 0)
  const separators = parts.filter((_, i) => i % 2 === 1)
  if (separators.length === 0) return Number(raw)
  const lastSeparator = separators[separators.length - 1]
  const lastGroup = groups[groups.length - 1] ?? ''
  const groupsThousands = (index: number) => (groups[index] ?? '').length === 3
  const lastIsDecimal =
    lastSeparator === '\u066b' ||
    lastGroup.length !== 3 ||
    (scaled && separators.length === 1) ||
    (separators.length > 1 && separators.slice(0, -1).every((s) => s !== lastSeparator))
  const integerGroups = lastIsDecimal ? groups.slice(0, -1) : groups
  for (let i = 1; i < integerGroups.length; i += 1) if (!groupsThousands(i)) return null
  const integer = integerGroups.join('')
  return Number(lastIsDecimal ? `${integer}.${lastGroup}` : integer)
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12
}
const WORD_SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 }

/** English number words: "two thousand", "a hundred", "twenty-five", "three hundred and fifty", "a dozen". */
function findNumberWords(text: string): { index: number; value: number } | null {
  const tokens = [...text.matchAll(/[a-z]+/g)]
  for (let i = 0; i < tokens.length; i += 1) {
    const parsed = readNumberWords(tokens, i)
    if (parsed !== null) return { index: tokens[i]?.index ?? 0, value: parsed }
  }
  return null
}

function readNumberWords(tokens: RegExpExecArray[], from: number): number | null {
  let total = 0
  let current = 0
  let seen = false
  for (let i = from; i < tokens.length; i += 1) {
    const word = tokens[i]?.[0] ?? ''
    const unit = UNITS[word]
    const scale = WORD_SCALES[word]
    if (unit !== undefined) {
      current += unit
      seen = true
    } else if (scale !== undefined) {
      const article = !seen && i > from
      if (!seen && !article) return null
      current = (current || 1) * scale
      if (scale >= 1_000) {
        total += current
        current = 0
      }
      seen = true
    } else if (word === 'a' && i === from) {
      const next = tokens[i + 1]?.[0] ?? ''
      if (WORD_SCALES[next] === undefined && next !== 'dozen') return null
    } else if (word === 'and' && seen) {
      continue
    } else {
      break
    }
  }
  return seen ? total + current : null
}
