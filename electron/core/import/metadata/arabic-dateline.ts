import { toAsciiDigits } from '../../shared/text/figures'
import type { Dateline } from './dateline'

/**
 * Reads an Arabic dateline under a headline: "الميادين — حماه، 4 كانون الأول/ديسمبر 2024" (outlet —
 * city، date), "بغداد/ شفق نيوز - 2024-12-02" (city/ outlet - date), or a date alone ("الأربعاء 4 ديسمبر
 * 2024 23:47"). Levantine (كانون الأول), Gregorian (ديسمبر) and Maghrebi (ديسمبر, جوان) month names, paired
 * as outlets print them ("كانون الأول/ديسمبر", which must agree), Arabic-Indic digits, a weekday and a
 * time. A line that reads as a sentence (more than a few words around the date) is not a dateline.
 */
export function parseArabicDateline(line: string): Dateline | null {
  if (!/[\u0600-\u06ff]/u.test(line)) return null
  const text = toAsciiDigits(line.normalize('NFKC'))
    .replace(/[\u064b-\u065f\u0670\u0640]/gu, '')
    .trim()
  if (text.length === 0 || text.length > MAX_LENGTH) return null
  // Letters folded one for one, so an index into `folded` is one into `text`.
  const folded = fold(text)
  const found = findDate(folded)
  if (!found) return null
  const after = folded.slice(found.end)
  if (after.replace(TIME_WORDS, '').replace(/[\d:\s.،,|()\-–—]/gu, '').length > 0) return null
  const before = text.slice(0, found.start)
  const outlet = outletBefore(before, fold(before))
  return outlet === undefined ? null : { date: found.date, outlet }
}

const MAX_LENGTH = 100
/** Words of the place or outlet before the date: more and the line is a sentence. */
const MAX_NAME_WORDS = 4

function fold(text: string): string {
  return text.replace(/[أإآ]/gu, 'ا').replace(/ة/gu, 'ه').replace(/ى/gu, 'ي')
}

const MONTH_NAMES: Record<number, string[]> = {
  1: ['كانون الثاني', 'يناير', 'جانفي'],
  2: ['شباط', 'فبراير', 'فيفري'],
  3: ['آذار', 'مارس'],
  4: ['نيسان', 'أبريل', 'إبريل', 'أفريل'],
  5: ['أيار', 'مايو', 'ماي', 'مايس'],
  6: ['حزيران', 'يونيو', 'يونيه', 'جوان'],
  7: ['تموز', 'يوليو', 'يوليه', 'جويلية'],
  8: ['آب', 'أغسطس', 'أوت'],
  9: ['أيلول', 'سبتمبر'],
  10: ['تشرين الأول', 'أكتوبر'],
  11: ['تشرين الثاني', 'نوفمبر'],
  12: ['كانون الأول', 'ديسمبر']
}
const MONTHS = new Map(Object.entries(MONTH_NAMES).flatMap(([month, names]) => names.map((name) => [fold(name), Number(month)] as const)))
const MONTH = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/ /gu, '\\s+'))
  .join('|')
const NOT_LETTER = '(?![\\p{L}])'
const NAMED_DATE = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+(${MONTH})${NOT_LETTER}(?:\\s*[/(\\-]\\s*(${MONTH})${NOT_LETTER}\\s*\\)?)?\\s*[،,]?\\s*(\\d{4})(?!\\d)`, 'u')
const ISO_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u
/** Day first, as Arabic outlets write numeric dates: 02/12/2024. */
const NUMERIC_DATE = /(?<![\d/])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/u

function monthOf(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTHS.get(name.replace(/\s+/gu, ' '))
}

function findDate(folded: string): { start: number; end: number; date: string | null } | null {
  const named = NAMED_DATE.exec(folded)
  if (named) {
    const month = monthOf(named[2])
    const other = monthOf(named[3])
    if (month === undefined || (other !== undefined && other !== month)) return null
    return { start: named.index, end: named.index + named[0].length, date: isoDate(Number(named[4]), month, Number(named[1])) }
  }
  const iso = ISO_DATE.exec(folded)
  if (iso) return { start: iso.index, end: iso.index + iso[0].length, date: isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) }
  const numeric = NUMERIC_DATE.exec(folded)
  if (numeric) return { start: numeric.index, end: numeric.index + numeric[0].length, date: isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1])) }
  return null
}

const WEEKDAYS = ['الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map(fold)
const LABELS = ['نشر في', 'نشر بتاريخ', 'تاريخ النشر', 'آخر تحديث', 'تم النشر', 'بتاريخ', 'في'].map(fold)
const TIME_WORDS = new RegExp(`(?<![\\p{L}])(?:${['ص', 'م', 'صباحا', 'صباحاً', 'مساء', 'مساءً', 'بتوقيت', 'غرينتش', 'القدس', 'دمشق', 'بيروت', 'بغداد', 'مكة', 'المكرمة', 'الساعة', 'GMT', 'UTC', 'ت.غ'].map(fold).join('|')})(?![\\p{L}])`, 'gu')

const words = (text: string) => text.split(/\s+/u).filter(Boolean)

/**
 * What stands before the date: nothing, a label or weekday (no outlet: null), "city/ outlet" or
 * "outlet — city" (the outlet), a city alone (null). Undefined when it reads as a sentence.
 */
function outletBefore(before: string, folded: string): string | null | undefined {
  let end = folded.length
  const strip = () => {
    const trimmed = trimSeparators(folded.slice(0, end))
    end = trimmed.length
    for (const word of [...WEEKDAYS, ...LABELS]) {
      if (trimmed.endsWith(word) && !/\p{L}/u.test(trimmed.charAt(trimmed.length - word.length - 1))) {
        end = trimmed.length - word.length
        return true
      }
    }
    return false
  }
  while (strip()) {
    // a weekday after a label, a label after a place: keep stripping
  }
  const rest = before.slice(0, end).trim()
  if (rest === '') return null
  const slash = rest.indexOf('/')
  if (slash !== -1) {
    const [city, outlet] = [rest.slice(0, slash).trim(), rest.slice(slash + 1).trim()]
    return fits(city) && fits(outlet) ? outlet : undefined
  }
  const dash = dashAt(rest)
  if (dash !== -1) {
    const [outlet, city] = [rest.slice(0, dash).trim(), rest.slice(dash + 1).trim()]
    return fits(outlet) && fits(city) ? outlet : undefined
  }
  return fits(rest) && words(rest).length <= 2 ? null : undefined
}

/** Where "outlet — city" is split: the first dash, a hyphen only with a space before it (not "al-Sham"). */
function dashAt(text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]
    if (char === '—' || char === '–' || (char === '-' && i > 0 && /\s/u.test(text[i - 1] ?? ''))) return i
  }
  return -1
}

const SEPARATORS = new Set([' ', '\t', '\u00a0', '،', ',', ':', '|', '-', '–', '—'])

function trimSeparators(text: string): string {
  let end = text.length
  while (end > 0 && SEPARATORS.has(text[end - 1] ?? '')) end -= 1
  return text.slice(0, end)
}

function fits(name: string): boolean {
  const count = words(name).length
  return count >= 1 && count <= MAX_NAME_WORDS && name.length <= 40 && !/[.!?؟:«»"]/u.test(name)
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1000) return null
  return date.toISOString().slice(0, 10)
}
