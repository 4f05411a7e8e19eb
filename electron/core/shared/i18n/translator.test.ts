import { describe, expect, it } from 'vitest'
import { languageOfLocale, languageOfLocales } from './locale'
import { createTranslator } from './translator'

describe('the translator', () => {
  it('writes numbers with the digits the user chose', () => {
    expect(createTranslator('ar', 'arab').number(12345)).toBe('١٢٬٣٤٥')
    expect(createTranslator('ar', 'latn').number(12345)).toBe('12,345')
    expect(createTranslator('en').number(12345)).toBe('12,345')
  })

  it('writes dates in the Gregorian calendar, read in UTC, whatever the locale', () => {
    expect(createTranslator('en').date('2024-12-02')).toBe('2 Dec 2024')
    const arabic = createTranslator('ar', 'arab').date('2024-12-02')
    expect(arabic).toContain('٢٠٢٤')
    expect(arabic).toContain('٢')
    expect(createTranslator('ar', 'latn').date('2024-12-02')).toContain('2024')
    expect(createTranslator('ar').date(null)).toBe('غير مؤرَّخ')
    expect(createTranslator('en').date('not a date')).toBe('not a date')
  })

  it('lists in the language', () => {
    expect(createTranslator('en').list(['a', 'b', 'c'])).toBe('a, b and c')
    expect(createTranslator('ar').list(['أ', 'ب', 'ج'])).toBe('أ وب وج')
  })

  it('runs at right to left in Arabic only', () => {
    expect(createTranslator('ar').direction).toBe('rtl')
    expect(createTranslator('en').direction).toBe('ltr')
  })
})

describe('the language of a locale', () => {
  it('is Arabic for every Arabic locale as systems write them', () => {
    for (const tag of ['ar', 'ar-SY', 'AR_eg', 'ar_SA.UTF-8', 'ar@latin']) expect(languageOfLocale(tag)).toBe('ar')
  })
  it('is English for anything else, empty or strange', () => {
    for (const tag of ['', 'en-US', 'fr-FR', 'C', 'POSIX', 'arn-CL', 'art-x']) expect(languageOfLocale(tag)).toBe('en')
    expect(languageOfLocale(undefined)).toBe('en')
  })
  it('takes the first preferred locale Tessera speaks', () => {
    expect(languageOfLocales(['fr-FR', 'ar-LB', 'en'])).toBe('ar')
    expect(languageOfLocales(['en-GB', 'ar'])).toBe('en')
    expect(languageOfLocales([])).toBe('en')
  })
})

describe('plurals', () => {
  it('take all six Arabic forms, with the chosen digits', () => {
    const arabic = createTranslator('ar', 'arab')
    expect([0, 1, 2, 3, 11, 100].map((count) => arabic.t('common.articles', { count }))).toEqual(['لا مقالات', 'مقال واحد', 'مقالان', '٣ مقالات', '١١ مقالاً', '١٠٠ مقال'])
    expect(createTranslator('ar', 'latn').t('common.articles', { count: 1000 })).toBe('1,000 مقال')
  })
  it('take one and other in English', () => {
    const english = createTranslator('en')
    expect([0, 1, 2, 1000].map((count) => english.t('common.articles', { count }))).toEqual(['0 articles', '1 article', '2 articles', '1,000 articles'])
  })
})
