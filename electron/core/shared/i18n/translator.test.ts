import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { catalogueOf, type MessageKey } from './catalogue'
import { intlLocale, languageOfLocale, languageOfLocales } from './locale'
import { createTranslator, plainText } from './translator'

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

describe('messages written without the ICU parser', () => {
  // Values a careless caller or a hostile file could pass: ICU syntax, replacement patterns, quotes, RTL, numbers.
  const awkward: (string | number)[] = ['{count}', '$& $1 $$', "it's", '<b>x</b>', 'حماة \u200f«قال»', '', 0, 7, 999, 1000, 4784, -3, 2.5]
  for (const language of ['en', 'ar'] as const) {
    for (const digits of ['latn', 'arab'] as const) {
      it(`read exactly as the parser writes them: every ${language} message, ${digits} digits`, () => {
        const catalogue = catalogueOf(language)
        const locale = intlLocale(language, digits)
        let plain = 0
        for (const [key, message] of Object.entries(catalogue)) {
          const names = [...new Set([...message.matchAll(/\{([A-Za-z_]\w*)/gu)].map((match) => match[1] as string))]
          for (let shift = 0; shift < Math.max(1, names.length * 3); shift += 1) {
            const values = Object.fromEntries(names.map((name, i) => [name, awkward[(i + shift) % awkward.length] as string | number]))
            const fast = plainText(message, values, digits)
            if (fast === undefined) continue
            plain += 1
            expect(fast, key).toBe(String(new IntlMessageFormat(message, locale).format(values)))
          }
        }
        // Most messages take the short way: the test would pass vacuously if none did.
        expect(plain).toBeGreaterThan(Object.keys(catalogue).length / 2)
      })

      it(`the translator's t, which decides once per message whether it is plain, writes every ${language} message as the parser does, ${digits} digits`, () => {
        const catalogue = catalogueOf(language)
        const locale = intlLocale(language, digits)
        // One translator for the whole run, so later calls read the verdicts the first ones kept.
        const translator = createTranslator(language, digits)
        for (let round = 0; round < 2; round += 1) {
          for (const [key, message] of Object.entries(catalogue) as [MessageKey, string][]) {
            const names = [...new Set([...message.matchAll(/\{([A-Za-z_]\w*)/gu)].map((match) => match[1] as string))]
            // Numbers where a plural, a number or a date may need one; text everywhere else.
            for (const value of [round === 0 ? 7 : 4784, 'حماة']) {
              const values = Object.fromEntries(names.map((name) => [name, value]))
              let expected: string
              try {
                expected = String(new IntlMessageFormat(message, locale).format(values))
              } catch {
                continue
              }
              expect(translator.t(key, values), key).toBe(expected)
            }
          }
        }
      })
    }
  }

  it('write every integer below 1,000, and large ones ungrouped, as Intl does, in both digit sets', () => {
    const large = [1000, 4784, 65535, 1_234_567, Number.MAX_SAFE_INTEGER]
    for (const [language, digits] of [['en', 'latn'], ['ar', 'arab'], ['ar', 'latn']] as const) {
      const format = new IntlMessageFormat('{n, number} ({n}) {n, number, ::group-off}', intlLocale(language, digits))
      for (let n = 0; n < 1000; n += 1) expect(plainText('{n, number} ({n}) {n, number, ::group-off}', { n }, digits)).toBe(format.format({ n }))
      const ungrouped = new IntlMessageFormat('{n, number, ::group-off}', intlLocale(language, digits))
      for (const n of large) expect(plainText('{n, number, ::group-off}', { n }, digits)).toBe(ungrouped.format({ n }))
      expect(plainText('{n, number}', { n: 4784 }, digits)).toBeUndefined()
    }
  })

  it('leave larger, negative and fractional numbers, dates, plurals, tags and quoting to the parser', () => {
    expect(plainText('{count, number} articles', { count: 1000 }, 'latn')).toBeUndefined()
    expect(plainText('{count, number} articles', { count: -1 }, 'latn')).toBeUndefined()
    expect(plainText('{count, number} MB', { count: 0.5 }, 'latn')).toBeUndefined()
    expect(plainText('on {when, date}', { when: new Date(0) }, 'latn')).toBeUndefined()
    expect(plainText('{count, plural, one {# article} other {# articles}}', { count: 1 }, 'latn')).toBeUndefined()
    expect(plainText('Press <kbd>K</kbd>', {}, 'latn')).toBeUndefined()
    expect(plainText("'{'literal'}'", {}, 'latn')).toBeUndefined()
    expect(plainText("it''s", {}, 'latn')).toBeUndefined()
    expect(plainText('Opened {title}', {}, 'latn')).toBeUndefined()
    expect(createTranslator('en').t('common.articles', { count: 1000 })).toBe('1,000 articles')
  })
})
