import { describe, expect, it } from 'vitest'
import { matchKey } from '../shared/entities/matching'
import { findOccurrences, searchKey } from './occurrences'

function found(text: string, mention: string): string[] {
  return findOccurrences(text, searchKey(mention)).map(({ start, end }) => text.slice(start, end))
}

describe('finding a mention’s text in a document (link all)', () => {
  it('matches whole words only: HTS is not found inside HTSX, fights or rights', () => {
    const text = 'HTS fighters, HTSX and the rights of HTS-linked groups; hts.'
    const hits = findOccurrences(text, searchKey('HTS'))
    expect(hits.map(({ start, end }) => text.slice(start, end))).toEqual(['HTS', 'HTS', 'hts'])
    expect(hits.map((h) => h.start)).toEqual([0, 37, 56])
  })

  it('ignores case, diacritics, dash and apostrophe styles, and spacing inside the name', () => {
    const text = 'HAYAT TAHRIR AL‑SHAM said; Hayat  Tahrīr al-Sham\nagreed; Hayat Tahrir\nal-Sham too.'
    expect(found(text, 'Hayat Tahrir al-Sham')).toEqual(['HAYAT TAHRIR AL‑SHAM', 'Hayat  Tahrīr al-Sham', 'Hayat Tahrir\nal-Sham'])
  })

  it('searches a mention with a leading “the” by the rest of it, as matchKey does', () => {
    expect(searchKey('The Syrian Army')).toBe(matchKey('The Syrian Army'))
    expect(found('the Syrian army and a Syrian Army unit', 'The Syrian Army')).toEqual(['Syrian army', 'Syrian Army'])
  })

  it('folds Arabic letter variants, harakat and tatweel, and keeps Arabic words whole', () => {
    const text = 'قالت هيئة تحرير الشام إن هيئه تحريـــر الشَّام والهيئة تحرير الشامي'
    expect(found(text, 'هيئة تحرير الشام')).toEqual(['هيئة تحرير الشام', 'هيئه تحريـــر الشَّام'])
    expect(found('دخل الجيش إلى حماة ثم حماه وحماة وحماةٌ حماتي', 'حماة')).toEqual(['حماة', 'حماه', 'حماة', 'حماةٌ'])
  })

  it('gives exact UTF-16 offsets after emoji and flags', () => {
    const text = '🇸🇾 👍🏽 HTS 😀 Hama, HTS.'
    const hits = findOccurrences(text, searchKey('hts'))
    expect(hits.map(({ start, end }) => text.slice(start, end))).toEqual(['HTS', 'HTS'])
    expect(hits[0]?.start).toBe(text.indexOf('HTS'))
    expect(hits[1]?.start).toBe(text.lastIndexOf('HTS'))
  })

  it('does not match half of a character that folds to two letters', () => {
    // "ﬁ" (a ligature) folds to "fi": "i" alone is not a whole character of the text.
    expect(found('ﬁ', 'i')).toEqual([])
    expect(found('a ﬁ b', 'fi')).toEqual(['ﬁ'])
  })

  it('keeps offsets exact after many characters that fold to several (ligatures, ﷺ)', () => {
    const text = `${'ﬁ'.repeat(1_000)} ${'\uFDFA'.repeat(100)} HTS ㎞ HTS`
    const hits = findOccurrences(text, searchKey('HTS'))
    expect(hits).toEqual([
      { start: text.indexOf('HTS'), end: text.indexOf('HTS') + 3 },
      { start: text.lastIndexOf('HTS'), end: text.lastIndexOf('HTS') + 3 }
    ])
    expect(found(text, 'km')).toEqual(['㎞'])
  })

  it('finds nothing for a mention made only of punctuation', () => {
    expect(searchKey(' “—” ')).toBe('')
    expect(findOccurrences('anything', '')).toEqual([])
  })

  it('stays linear on a long text', () => {
    const text = 'word '.repeat(200_000) + 'HTS'
    const started = performance.now()
    expect(findOccurrences(text, searchKey('HTS'))).toHaveLength(1)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

describe('Arabic names after a joined prefix (link all)', () => {
  it('finds a name after و ف ب ل ك, one or two of them, the span the name alone', () => {
    const text = 'وحماة وبحماة فلحماة كحماة وَبِحماة ولحمص'
    const hits = findOccurrences(text, searchKey('حماة'))
    expect(hits.map(({ start, end }) => text.slice(start, end))).toEqual(['حماة', 'حماة', 'حماة', 'حماة', 'حماة'])
    expect(hits[0]).toEqual({ start: 1, end: 5 })
    expect(text.slice(hits[4]?.start, hits[4]?.end)).toBe('حماة')
  })

  it('does not take a longer word for the name: three prefixes, other letters, or letters after', () => {
    expect(found('وبلحماة محماة حماةي سحماة', 'حماة')).toEqual([])
    expect(found('الشامي والشامية', 'الشام')).toEqual([])
  })

  it('finds a name with the article written after ل, which drops its alef (للجيش, وللجيش)', () => {
    const text = 'قال الجيش إن للجيش ووللجيش وللجيش دوراً، والجيش هنا، وبالجيش'
    expect(found(text, 'الجيش')).toEqual(['الجيش', 'لجيش', 'لجيش', 'الجيش', 'الجيش'])
    expect(found('لجيش جيش', 'الجيش')).toEqual([])
  })

  it('leaves Latin words as whole words: no prefix letters before them', () => {
    expect(found('وHTS بHTS', 'HTS')).toEqual([])
  })
})
