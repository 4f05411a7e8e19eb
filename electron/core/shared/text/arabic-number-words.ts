/**
 * Arabic number words, for a figure's value: ألف → 1000, ألفان/ألفي → 2000, ثلاثة آلاف → 3000,
 * مئتا/مئتان → 200, عشرة آلاف → 10000, خمسة وعشرون → 25, ثلاثمئة → 300, مليون ونصف → 1500000.
 * The plurals alone (عشرات, مئات, آلاف, ملايين: "tens", "hundreds", "thousands" of) state no number and
 * give null, as "dozens" does. Spelling variants (hamza, taa marbuta, alef maqsura, tashkeel,
 * tatweel, مائة/مئة) are folded before reading.
 */
export function findArabicNumberWords(text: string): { index: number; value: number } | null {
  const tokens = [...text.matchAll(/[\p{Script=Arabic}\p{Mn}]+/gu)].map((match) => ({ index: match.index, word: fold(match[0]) }))
  for (let i = 0; i < tokens.length; i += 1) {
    const value = readFrom(tokens.map((t) => t.word), i)
    if (value !== null) return { index: tokens[i]?.index ?? 0, value }
  }
  return null
}

function fold(word: string): string {
  return word
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/مائ/g, 'مئ')
}

const entries = (values: Record<number, string[]>): [string, number][] =>
  Object.entries(values).flatMap(([value, words]) => words.map((word) => [fold(word), Number(value)] as [string, number]))

const UNITS = new Map(
  entries({
    1: ['واحد', 'واحدة'],
    2: ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثنتا', 'اثني', 'اثنتي'],
    3: ['ثلاث', 'ثلاثة'],
    4: ['أربع', 'أربعة'],
    5: ['خمس', 'خمسة'],
    6: ['ست', 'ستة'],
    7: ['سبع', 'سبعة'],
    8: ['ثمان', 'ثماني', 'ثمانية'],
    9: ['تسع', 'تسعة']
  })
)
const TEN = new Set(['عشر', 'عشرة'].map(fold))
/** أحد and إحدى ("one of") are 1 only in أحد عشر, إحدى عشرة (11). */
const ELEVEN = new Set(['أحد', 'إحدى'].map(fold))
const TENS = new Map(
  entries({
    20: ['عشرون', 'عشرين'],
    30: ['ثلاثون', 'ثلاثين'],
    40: ['أربعون', 'أربعين'],
    50: ['خمسون', 'خمسين'],
    60: ['ستون', 'ستين'],
    70: ['سبعون', 'سبعين'],
    80: ['ثمانون', 'ثمانين'],
    90: ['تسعون', 'تسعين']
  })
)
const HUNDRED = new Set(['مئة', 'مائة', 'مئه'].map(fold))
const TWO_HUNDRED = new Set(['مئتان', 'مئتين', 'مئتا', 'مئتي'].map(fold))
/** Hundreds written as one word: ثلاثمئة, خمسمائة, تسعمئة. */
const HUNDREDS_JOINED = new Map(
  [...UNITS].filter(([, value]) => value >= 3).flatMap(([unit, value]) => [...HUNDRED].map((hundred) => [`${unit.replace(/ه$/, '')}${hundred}`, value * 100] as [string, number]))
)
const SCALES = new Map(entries({ 1_000: ['ألف', 'آلاف', 'الف', 'ألفا'], 1_000_000: ['مليون', 'مليونا', 'ملايين'], 1_000_000_000: ['مليار', 'مليارا', 'مليارات', 'بليون'] }))
const PLURAL_SCALES = new Set(['آلاف', 'ملايين', 'مليارات'].map(fold))
const DUAL_SCALES = new Map(
  entries({ 1_000: ['ألفان', 'ألفين', 'ألفي'], 1_000_000: ['مليونان', 'مليونين', 'مليوني'], 1_000_000_000: ['ملياران', 'مليارين', 'ملياري'] })
)
const HALF = fold('نصف')

type Word = { kind: 'unit' | 'ten' | 'tens' | 'hundreds' | 'scale' | 'plural' | 'dual' | 'half'; value: number }

/** A number word, with a leading و ("and") taken off when the rest is one. */
function classify(token: string): Word | null {
  const direct = classifyWord(token)
  if (direct) return direct
  return token.startsWith('و') && token.length > 1 ? classifyWord(token.slice(1)) : null
}

function classifyWord(word: string): Word | null {
  const unit = UNITS.get(word)
  if (unit !== undefined) return { kind: 'unit', value: unit }
  if (TEN.has(word)) return { kind: 'ten', value: 10 }
  const tens = TENS.get(word)
  if (tens !== undefined) return { kind: 'tens', value: tens }
  if (HUNDRED.has(word)) return { kind: 'hundreds', value: 100 }
  if (TWO_HUNDRED.has(word)) return { kind: 'hundreds', value: 200 }
  const joined = HUNDREDS_JOINED.get(word)
  if (joined !== undefined) return { kind: 'hundreds', value: joined }
  const dual = DUAL_SCALES.get(word)
  if (dual !== undefined) return { kind: 'dual', value: dual }
  const scale = SCALES.get(word)
  if (scale !== undefined) return { kind: PLURAL_SCALES.has(word) ? 'plural' : 'scale', value: scale }
  if (word === HALF) return { kind: 'half', value: 0.5 }
  return null
}

/** Reads number words from `from` on: units, teens, tens, hundreds, then scales, joined by و. */
function readFrom(words: readonly string[], from: number): number | null {
  let total = 0
  let current = 0
  let seen = false
  let lastScale = 0
  for (let i = from; i < words.length; i += 1) {
    if (ELEVEN.has(words[i] ?? '') && TEN.has(words[i + 1] ?? '')) {
      current += 11
      i += 1
      seen = true
      continue
    }
    const word = classify(words[i] ?? '')
    if (!word) break
    if (word.kind === 'unit' || word.kind === 'tens') {
      // أحد عشر, ثلاثة عشر: a unit and ten make a teen.
      const next = words[i + 1] ?? ''
      if (word.kind === 'unit' && TEN.has(next)) {
        current += word.value + 10
        i += 1
      } else if (word.kind === 'unit' && HUNDRED.has(next)) {
        current += word.value * 100
        i += 1
      } else {
        current += word.value
      }
    } else if (word.kind === 'ten' || word.kind === 'hundreds') {
      current += word.value
    } else if (word.kind === 'dual') {
      if (seen && current === 0) break
      total += (current || 2) * word.value
      current = 0
      lastScale = word.value
    } else if (word.kind === 'scale' || word.kind === 'plural') {
      // آلاف alone is "thousands of": no number. After a count (ثلاثة آلاف) it is a scale.
      if (word.kind === 'plural' && current === 0) return seen ? total || null : null
      total += (current || 1) * word.value
      current = 0
      lastScale = word.value
    } else if (!seen) {
      // نصف مليون: half of the scale that follows; نصف alone is no number.
      const next = classify(words[i + 1] ?? '')
      if (next?.kind !== 'scale') break
      current = 0.5
    } else {
      if (lastScale === 0) break
      total += lastScale / 2
      lastScale = 0
    }
    seen = true
  }
  return seen ? total + current : null
}
