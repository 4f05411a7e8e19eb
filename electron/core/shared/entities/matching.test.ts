import { describe, expect, it } from 'vitest'
import { matchKey, mentionMatches } from './matching'

describe('matching mentions to entity names', () => {
  it('ignores case, a leading "the", spacing and punctuation at the ends', () => {
    expect(matchKey('  The   Syrian Army, ')).toBe(matchKey('syrian army'))
    expect(mentionMatches('the HTS', ['Hayat Tahrir al-Sham', 'HTS'])).toBe(true)
    expect(mentionMatches('Theatre', ['atre'])).toBe(false)
    expect(mentionMatches('HTS fighters', ['HTS'])).toBe(false)
  })

  it('ignores Latin diacritics whether composed or decomposed', () => {
    expect(matchKey('Erdoğan')).toBe(matchKey('Erdogan'))
    expect(matchKey('Re\u0301sistance')).toBe(matchKey('Résistance'))
    expect(matchKey('Résistance')).toBe('resistance')
  })

  it('treats apostrophe and dash styles alike', () => {
    expect(matchKey('Kafr’a')).toBe(matchKey("Kafr'a"))
    expect(matchKey('al‑Sham')).toBe(matchKey('al-Sham'))
  })

  it('folds Arabic letter variants, harakat and tatweel', () => {
    expect(matchKey('حَمَاة')).toBe(matchKey('حماه'))
    expect(matchKey('إدلب')).toBe(matchKey('ادلب'))
    expect(matchKey('أحمد')).toBe(matchKey('احمد'))
    expect(matchKey('مصطفى')).toBe(matchKey('مصطفي'))
    expect(matchKey('الجيـــش')).toBe(matchKey('الجيش'))
    expect(matchKey('کرمان')).toBe(matchKey('كرمان'))
    expect(mentionMatches('هيئة تحرير الشام', ['هيئه تحرير الشام'])).toBe(true)
  })

  it('never matches on an empty key', () => {
    expect(mentionMatches('—', ['…'])).toBe(false)
    expect(mentionMatches('', [''])).toBe(false)
  })

  it('stays linear on long runs of spaces and punctuation', () => {
    const hostile = `${' '.repeat(200_000)}x${'. '.repeat(100_000)}y${' ,'.repeat(100_000)}`
    const started = performance.now()
    expect(matchKey(hostile)).toBe(`x${'. '.repeat(100_000)}y`.replace(/\s+/g, ' '))
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
