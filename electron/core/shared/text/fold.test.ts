import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findFolded, foldKey, foldText, originalSpan } from './fold'
import { isWholeWord } from './whole-word'

/** What a search for `query` in `text` finds, as the original characters it covers. */
function found(text: string, query: string, options: { mode?: 'loose' | 'exact'; caseSensitive?: boolean } = {}): string[] {
  return findFolded(foldText(text, options), query, (span) => isWholeWord(text, span.start, span.end)).map(({ start, end }) => text.slice(start, end))
}

describe('the one text folding (loose by default)', () => {
  it.each([
    ['الجيش', 'قال الجيـــش إن', 'الجيـــش'],
    ['حَمَاة', 'دخلوا حماة أمس', 'حماة'],
    ['الجولاني', 'قال الجولانى', 'الجولانى'],
    ['اسماعيل', 'قال إسماعيل', 'إسماعيل'],
    ['امريكي', 'مسؤول أمريكي', 'أمريكي'],
    ['حماة', 'في حماه وريفها', 'حماه'],
    ['شنت', 'شنّت الفصائل', 'شنّت'],
    ['قتلوا', 'قُتلوا في القصف', 'قُتلوا'],
    ['آمنة', 'منطقة امنة', 'امنة'],
    ['ٱلله', 'الله', 'الله'],
    ['کرمان', 'كرمان', 'كرمان'],
    ['علی', 'علي', 'علي'],
    ['12', 'قتل ١٢ شخصا', '١٢'],
    ['2024', 'عام ۲۰۲۴', '۲۰۲۴'],
    ['HAMA', 'near hama', 'hama'],
    ['Résistance', 'la resistance', 'resistance'],
    ['fi', 'a ﬁ b', 'ﬁ'],
    ['strasse', 'Straße', 'Straße']
  ])('%s finds %s', (query, text, expected) => {
    expect(found(text, query)).toEqual([expected])
  })

  it('finds the variants the other way round too (the text has the plain form, the query the marked one)', () => {
    expect(found('حماة', 'حَمَاة')).toEqual(['حماة'])
    expect(found('شنت', 'شنّت')).toEqual(['شنت'])
    expect(found('الجيش', 'الجيـــش')).toEqual(['الجيش'])
  })

  it('gives the same key to every spelling of one name', () => {
    const spellings = ['حماة', 'حماه', 'حَمَاة', 'حَمَاه', 'حمـــاة', 'حمٰاة']
    expect(new Set(spellings.map((s) => foldKey(s)))).toEqual(new Set([foldKey('حماه')]))
    expect(foldKey('أمريكي')).toBe('امريكي')
  })

  it('in exact mode keeps the letters as written', () => {
    expect(found('في حماه', 'حماة', { mode: 'exact' })).toEqual([])
    expect(found('الجيـــش', 'الجيش', { mode: 'exact' })).toEqual([])
    expect(found('قُتلوا', 'قتلوا', { mode: 'exact' })).toEqual([])
    expect(found('١٢', '12', { mode: 'exact' })).toEqual([])
    expect(found('في حماة', 'حماة', { mode: 'exact' })).toEqual(['حماة'])
    expect(found('Hama', 'hama', { mode: 'exact' })).toEqual(['Hama'])
    expect(found('Hama', 'hama', { mode: 'exact', caseSensitive: true })).toEqual([])
  })

  it('maps a match back to exact UTF-16 offsets: marks inside and right after it belong to it, emoji before it count two', () => {
    const text = '🇸🇾 😀 قال الجيـــش: حَمَاةٌ، ثم شنّت'
    const folded = foldText(text)
    const hits = findFolded(folded, 'حماة')
    expect(hits).toEqual([{ start: text.indexOf('حَمَاةٌ'), end: text.indexOf('حَمَاةٌ') + 'حَمَاةٌ'.length }])
    expect(findFolded(folded, 'الجيش')).toEqual([{ start: text.indexOf('الجيـــش'), end: text.indexOf('الجيـــش') + 8 }])
    expect(findFolded(folded, 'شنت').map((s) => text.slice(s.start, s.end))).toEqual(['شنّت'])
  })

  it('never maps a match to half of a character that folded to several', () => {
    const folded = foldText('ﬁ')
    expect(originalSpan(folded, 1, 1)).toBeNull()
    expect(originalSpan(folded, 0, 2)).toEqual({ start: 0, end: 1 })
    expect(found('㎞ away', 'km')).toEqual(['㎞'])
  })

  it('still matches, at the exact span, when tashkeel and tatweel are inserted anywhere in the text (property)', () => {
    const words = ['الجيش', 'حماة', 'إسماعيل', 'قتلوا', 'شنت', 'الجولاني', 'امريكي']
    const marks = ['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670', '\u0640', '\u0640\u0640']
    const decorated = (word: string) =>
      fc
        .array(fc.constantFrom('', ...marks), { minLength: word.length, maxLength: word.length })
        .map((inserts) => [...word].map((letter, i) => (i === 0 ? letter : (inserts[i] ?? '') + letter)).join('') + (inserts[0] ?? ''))
    fc.assert(
      fc.property(
        fc.constantFrom(...words).chain((word) => fc.tuple(fc.constant(word), decorated(word))),
        fc.constantFrom('', 'قال ', '🇸🇾 قال «', 'x\n'),
        fc.constantFrom('', ' أمس', '» ثم', '، و'),
        ([word, written], before, after) => {
          const text = `${before}${written}${after}`
          const hits = findFolded(foldText(text), word, (span) => isWholeWord(text, span.start, span.end))
          expect(hits).toEqual([{ start: before.length, end: before.length + written.length }])
        }
      ),
      { numRuns: 500 }
    )
  })

  it('folds any text in linear time: 1 MB of tatweel and marks, and a megabyte of mixed Arabic', () => {
    const marks = '\u0640\u064E\u0651'.repeat(350_000)
    const mixed = 'حَمَاة الجيـــش ١٢ '.repeat(55_000)
    const began = performance.now()
    const folded = foldText(marks + 'حماة')
    expect(findFolded(folded, 'حماه')).toEqual([{ start: marks.length, end: marks.length + 4 }])
    expect(findFolded(foldText(mixed), 'حماه')).toHaveLength(55_000)
    expect(performance.now() - began).toBeLessThan(3_000)
  })
})
