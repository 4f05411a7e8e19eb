import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'

const en = createTranslator('en')
const ar = createTranslator('ar')
const arLatn = createTranslator('ar', 'latn')
/** Counts that pick each English and Arabic plural form, and one past a thousand (no separator in English). */
const COUNTS = [0, 1, 2, 3, 11, 100, 1234]
const plural = (n: number, one: string, other: string) => (n === 1 ? one : other)

describe('the Find dialog’s counts', () => {
  it('read in English exactly as before they were translated', () => {
    for (const n of COUNTS) {
      expect(en.t('editor.find.count', { count: n })).toBe(`${n} ${plural(n, 'match', 'matches')}`)
      for (const d of [0, 1, 2, 1500]) {
        expect(en.t('editor.find.countInDocuments', { count: n, documents: d })).toBe(`${n} ${plural(n, 'match', 'matches')} in ${d} ${plural(d, 'document', 'documents')}`)
      }
      expect(en.t('editor.find.tagged', { count: n, tag: 'Place' })).toBe(`Tagged ${n} ${plural(n, 'match', 'matches')} as Place.`)
      expect(en.t('editor.find.taggedSkipping', { count: n, tag: 'Place', skipped: 1200 })).toBe(`Tagged ${n} ${plural(n, 'match', 'matches')} as Place (1200 already tagged Place).`)
    }
    expect(en.t('editor.find.position', { current: 1001, total: 2000 })).toBe('Match 1001 of 2000 in this document')
    expect(en.t('editor.find.truncated', { count: 200 })).toBe('The first 200 matches are shown.')
  })

  it('take the Arabic form each count needs, in Arabic-Indic digits', () => {
    expect(COUNTS.map((count) => ar.t('editor.find.count', { count }))).toEqual(['لا نتائج', 'نتيجة واحدة', 'نتيجتان', '٣ نتائج', '١١ نتيجة', '١٠٠ نتيجة', '١٬٢٣٤ نتيجة'])
    expect(ar.t('editor.find.countInDocuments', { count: 3, documents: 2 })).toBe('٣ نتائج في مقالين')
    expect(ar.t('editor.find.countInDocuments', { count: 0, documents: 0 })).toBe('لا نتائج في أي مقال')
    expect(ar.t('editor.find.countInDocuments', { count: 11, documents: 11 })).toBe('١١ نتيجة في ١١ مقالاً')
    expect(ar.t('editor.find.position', { current: 3, total: 12 })).toBe('النتيجة ٣ من ١٢ في هذا المقال')
  })

  it('write Western digits in Arabic when the user chose them', () => {
    expect(arLatn.t('editor.find.count', { count: 3 })).toBe('3 نتائج')
  })

  it('keep a tag name the user wrote as it is, inside an Arabic sentence', () => {
    expect(ar.t('editor.find.tagged', { count: 2, tag: '\u2068Place\u2069' })).toBe('وُسمت نتيجتان بالوسم \u2068Place\u2069.')
    expect(ar.t('editor.find.taggedSkipping', { count: 0, tag: 'مكان', skipped: 5 })).toBe('لم تُوسم أي نتيجة جديدة بالوسم مكان (٥ موسومة به من قبل).')
  })
})
