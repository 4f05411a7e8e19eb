import type { FigureQualifier, FigureReading } from '../model/figure-interval'
import { parseFigure, SCALE_PATTERN, toAsciiDigits } from './figures'

/**
 * What a figure's span claims: its number and how the text qualifies it. "more than 400" → at least
 * 400, "nearly 300" → about 300, "up to 50" → at most 50, "between 200 and 300" / "200-300" → the
 * range 200–300, "أكثر من ألف" → at least 1000; a bare number is exact. Null when the span states no
 * number ("dozens", "عشرات").
 *
 * Decisions where usage is ambiguous: "more than", "over", "exceeded" read as at least (the bound
 * itself is allowed: outlets round); "nearly", "almost", "close to" and قرابة read as about (the
 * number is near, whichever side); أكثر من and ما لا يقل عن are at least; نحو, حوالي and قرابة about.
 */
export function readFigure(span: string, before = ''): FigureReading | null {
  const value = parseFigure(span)
  if (value === null) return null
  const digits = toAsciiDigits(span.normalize('NFKC')).toLowerCase()
  const range = findRange(digits)
  if (range) return { qualifier: 'range', value: range.low, upper: range.high }
  return { qualifier: findQualifier(digits) ?? qualifierJustBefore(before) ?? 'exact', value, upper: null }
}

/**
 * The qualifier right before a span that is only the number ("at least [300]", "أكثر من [٤٠٠]"): analysts
 * often highlight the number alone, and the text still qualifies it.
 */
function qualifierJustBefore(before: string): FigureQualifier | null {
  const folded = foldArabic(before.normalize('NFKC').toLowerCase())
  const match = BEFORE.exec(folded)
  return match?.[1] ? (QUALIFIER_OF.get(match[1]) ?? null) : null
}

const PHRASES: Record<Exclude<FigureQualifier, 'exact' | 'range'>, string[]> = {
  'at least': [
    'at least', 'more than', 'over', 'above', 'exceeded', 'exceeding', 'exceeds', 'exceed', 'in excess of', 'upwards of',
    'no fewer than', 'no less than', 'not less than', 'a minimum of', 'or more', 'plus',
    'أكثر من', 'ما لا يقل عن', 'لا يقل عن', 'ما يزيد على', 'ما يزيد عن', 'يزيد على', 'يزيد عن', 'أزيد من', 'ما يفوق', 'يفوق',
    'تجاوز', 'يتجاوز', 'على الأقل'
  ],
  'at most': [
    'at most', 'up to', 'less than', 'fewer than', 'under', 'below', 'no more than', 'not more than', 'a maximum of', 'or fewer',
    'or less', 'as many as',
    'أقل من', 'ما لا يزيد على', 'ما لا يزيد عن', 'لا يزيد على', 'لا يزيد عن', 'ما يصل إلى', 'يصل إلى', 'حتى', 'على الأكثر'
  ],
  about: [
    'about', 'around', 'approximately', 'approx', 'roughly', 'some', 'an estimated', 'estimated', 'circa', 'nearly', 'almost',
    'close to', 'more or less', 'or so',
    'نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'تقريبا', 'ما يقارب', 'يقارب', 'ما يقرب من'
  ]
}

/** Arabic spellings that vary (hamza on alef, taa marbuta, alef maqsura, tashkeel, tatweel) folded for matching. */
function foldArabic(text: string): string {
  return text
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Longest phrase first, so "no more than" is not read as "more than"; Arabic may carry a one-letter clitic (بأكثر من). */
const QUALIFIER = new RegExp(
  `(?<![\\p{L}])(?:[وبلف](?=[\\u0600-\\u06ff]))?(${Object.values(PHRASES)
    .flat()
    .map(foldArabic)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}])`,
  'gu'
)
const BEFORE = new RegExp(`${QUALIFIER.source}\\s*$`, 'u')
const QUALIFIER_OF = new Map(
  (Object.entries(PHRASES) as [FigureQualifier, string[]][]).flatMap(([qualifier, phrases]) => phrases.map((phrase) => [foldArabic(phrase), qualifier] as const))
)

/** The qualifier of the earliest phrase in the span ("1,300+" is at least too). */
function findQualifier(text: string): FigureQualifier | null {
  const folded = foldArabic(text)
  const match = [...folded.matchAll(QUALIFIER)][0]
  if (match?.[1]) return QUALIFIER_OF.get(match[1]) ?? null
  return /\d\s*\+/.test(folded) ? 'at least' : null
}

const NUMBER = `\\d+(?:[.,\\u066b]\\d+)*(?:\\s*(?:${SCALE_PATTERN})(?![\\p{L}]))?`
const RANGES = [
  new RegExp(`(?<![\\p{L}])(?:between|بين)\\s+(${NUMBER})\\s*(?:and|to|-|–|—|و)\\s*(${NUMBER})`, 'u'),
  new RegExp(`(?<![\\p{L}\\p{N}.,])(${NUMBER})\\s*(?:-|–|—|to|إلى|الى)\\s*(${NUMBER})`, 'u')
]

/** "between 200 and 300", "200-300", "3 to 4 million" (the scale read on both ends), "بين 200 و300". */
function findRange(text: string): { low: number; high: number } | null {
  for (const pattern of RANGES) {
    const match = pattern.exec(text)
    if (!match?.[1] || !match[2]) continue
    let low = parseFigure(match[1])
    const high = parseFigure(match[2])
    if (low === null || high === null) continue
    const highDigits = parseFigure(digitsOnly(match[2]))
    const scale = highDigits ? high / highDigits : 1
    const lowScaled = low !== parseFigure(digitsOnly(match[1]))
    if (!lowScaled && scale > 1 && low * scale <= high) low = Math.round(low * scale * 1e6) / 1e6
    if (low < high) return { low, high }
  }
  return null
}

/** The numeral a range end starts with, without its scale word ("4 million" → "4"). */
function digitsOnly(end: string): string {
  return /^\d+(?:[.,\u066b]\d+)*/u.exec(end)?.[0] ?? end
}
