import { describe, expect, it } from 'vitest'
import { typedNumber } from './typed-number'

describe('a number typed in a number field', () => {
  it('reads Western digits with thousands grouped by commas or spaces', () => {
    expect(typedNumber('1,600')).toBe(1600)
    expect(typedNumber(' 12 500 ')).toBe(12500)
    expect(typedNumber('-2.5')).toBe(-2.5)
  })

  it('reads Arabic-Indic and Persian digits, ٬ grouping thousands and ٫ as the decimal mark', () => {
    expect(typedNumber('١٬٦٠٠')).toBe(1600)
    expect(typedNumber('١٢٫٥')).toBe(12.5)
    expect(typedNumber('۳۰۰')).toBe(300)
  })

  it('gives null for a blank field and for what is not a number', () => {
    expect(typedNumber('   ')).toBeNull()
    expect(typedNumber('dozens')).toBeNull()
    expect(typedNumber('عشرات')).toBeNull()
    expect(typedNumber('12abc')).toBeNull()
  })
})
