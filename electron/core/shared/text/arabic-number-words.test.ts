import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseFigure } from './figures'

describe('Arabic number words give a figure its value', () => {
  it.each([
    ['ألف', 1000],
    ['ألف قتيل', 1000],
    ['ألفي مقاتل', 2000],
    ['ألفان', 2000],
    ['ألفين', 2000],
    ['ثلاثة آلاف', 3000],
    ['مئتا جندي', 200],
    ['مئتان', 200],
    ['مائتي', 200],
    ['عشرة آلاف', 10_000],
    ['مليون ونصف', 1_500_000],
    ['نصف مليون', 500_000],
    ['ثلاثمئة', 300],
    ['خمسمائة', 500],
    ['خمسة وعشرون', 25],
    ['أحد عشر', 11],
    ['ثلاثة عشر ألفا', 13_000],
    ['ألف ومئتان', 1200],
    ['مليونا', 1_000_000],
    ['٣٠٠', 300],
    ['٣٠٠ ألف', 300_000],
    ['50 ألف نازح', 50_000],
    ['الجيـــش قتل ثلاثة آلاف', 3000],
    ['ثَلاثَةُ آلافٍ', 3000]
  ])('%s → %d', (span, value) => {
    expect(parseFigure(span)).toBe(value)
  })

  it.each(['عشرات', 'مئات', 'آلاف', 'آلاف النازحين', 'عشرات الآلاف', 'ملايين', 'أحد القتلى', 'نصف'])('%s alone states no number', (span) => {
    expect(parseFigure(span)).toBeNull()
  })
})

const UNITS = ['', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة']
const TENS = ['', 'عشرة', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون']
const HUNDREDS = ['', 'مئة', 'مئتان', 'ثلاثمئة', 'أربعمئة', 'خمسمئة', 'ستمئة', 'سبعمئة', 'ثمانمئة', 'تسعمئة']

/** 1–999 in words as an Arabic newspaper writes them: hundreds, then unit و tens. */
function below1000(n: number): string[] {
  const parts: string[] = []
  const hundreds = Math.floor(n / 100)
  const rest = n % 100
  if (hundreds) parts.push(HUNDREDS[hundreds] ?? '')
  if (rest === 0) return parts
  if (rest < 10) parts.push(UNITS[rest] ?? '')
  else if (rest === 10) parts.push('عشرة')
  else if (rest === 11) parts.push('أحد عشر')
  else if (rest === 12) parts.push('اثنا عشر')
  else if (rest < 20) parts.push(`${UNITS[rest % 10] ?? ''} عشر`)
  else if (rest % 10 === 0) parts.push(TENS[rest / 10] ?? '')
  else parts.push(`${UNITS[rest % 10] ?? ''} و${TENS[Math.floor(rest / 10)] ?? ''}`)
  return parts
}

function arabicWords(n: number): string {
  const thousands = Math.floor(n / 1000)
  const parts: string[] = []
  if (thousands === 1) parts.push('ألف')
  else if (thousands === 2) parts.push('ألفان')
  else if (thousands >= 3 && thousands <= 10) parts.push(`${below1000(thousands).join(' و')} آلاف`)
  else if (thousands > 10) parts.push(`${below1000(thousands).join(' و')} ألف`)
  parts.push(...below1000(n % 1000))
  return parts.join(' و')
}

describe('compositions of units, tens, hundreds and thousands', () => {
  it('read back the number they spell, from 1 to 999,999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        expect(parseFigure(arabicWords(n))).toBe(n)
      }),
      { numRuns: 2000 }
    )
  })

  it('keep their value after a qualifier and before the noun', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.constantFrom('أكثر من ', 'نحو ', 'حوالي ', ''), (n, before) => {
        expect(parseFigure(`${before}${arabicWords(n)} قتيل`)).toBe(n)
      })
    )
  })
})
