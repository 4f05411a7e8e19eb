import { describe, expect, it } from 'vitest'
import { cliDigits, cliLanguage, cliTranslator } from './language'

describe('the language the CLI speaks', () => {
  it('takes TESSERA_LANG first, then LC_ALL, LC_MESSAGES and LANG, skipping empty ones', () => {
    expect(cliLanguage({ LANG: 'ar_SY.UTF-8' })).toBe('ar')
    expect(cliLanguage({ LC_MESSAGES: 'ar_EG.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('ar')
    expect(cliLanguage({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'ar_EG.UTF-8', LANG: 'ar_SY.UTF-8' })).toBe('en')
    expect(cliLanguage({ TESSERA_LANG: 'ar', LC_ALL: 'en_US.UTF-8' })).toBe('ar')
    expect(cliLanguage({ TESSERA_LANG: 'en', LANG: 'ar_SY.UTF-8' })).toBe('en')
    expect(cliLanguage({ TESSERA_LANG: '', LC_ALL: ' ', LANG: 'ar_SY.UTF-8' })).toBe('ar')
  })

  it('speaks English for C, POSIX, an unknown language or nothing set', () => {
    for (const LANG of ['C', 'C.UTF-8', 'POSIX', 'fr_FR.UTF-8', 'arabic-ish', '']) expect(cliLanguage({ LANG }), LANG).toBe('en')
    expect(cliLanguage({})).toBe('en')
    expect(cliLanguage({ LC_ALL: 'C', LANG: 'ar_SY.UTF-8' })).toBe('en')
  })

  it('writes Arabic-Indic digits in Arabic unless TESSERA_DIGITS=latn, and Western ones in English unless TESSERA_DIGITS=arab', () => {
    expect(cliDigits({}, 'ar')).toBe('arab')
    expect(cliDigits({ TESSERA_DIGITS: 'latn' }, 'ar')).toBe('latn')
    expect(cliDigits({ TESSERA_DIGITS: ' LATN ' }, 'ar')).toBe('latn')
    expect(cliDigits({ TESSERA_DIGITS: 'roman' }, 'ar')).toBe('arab')
    expect(cliDigits({}, 'en')).toBe('latn')
    expect(cliDigits({ TESSERA_DIGITS: 'arab' }, 'en')).toBe('arab')
    expect(cliTranslator({ LANG: 'ar_SY.UTF-8' }).number(1234)).toBe('١٬٢٣٤')
    expect(cliTranslator({ LANG: 'ar_SY.UTF-8', TESSERA_DIGITS: 'latn' }).number(12)).toBe('12')
  })
})
