import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'

const en = createTranslator('en')
const ar = createTranslator('ar')
const COUNTS = [0, 1, 2, 3, 11, 100, 1234]
const plural = (n: number, one: string, other: string) => (n === 1 ? one : other)

describe('the reliability notices’ counts', () => {
  it('read in English exactly as before they were translated', () => {
    for (const n of COUNTS) {
      expect(en.t('reliability.backups.backedUp', { count: n })).toBe(`Backed up ${n} ${plural(n, 'document', 'documents')}.`)
      expect(en.t('reliability.kept.stillNotSaved', { count: n })).toBe(`Still not saved: ${n} ${plural(n, 'change', 'changes')} kept.`)
      expect(en.t('reliability.kept.couldNotSave', { count: n, title: 'Hama', reason: 'disk full' })).toBe(`Could not save ${n} ${plural(n, 'change', 'changes')} to ‘Hama’: disk full`)
      expect(en.t('reliability.kept.inMemory', { count: n, seconds: 5 })).toBe(
        `${plural(n, 'It is', 'They are')} kept in memory, not on disk, and retried every 5 s. Do not quit Tessera until they are saved.`
      )
      expect(en.t('reliability.quarantine.intro', { count: n })).toBe(
        `${n === 1 ? 'A document file was' : `${n} document files were`} damaged and moved aside (nothing was overwritten):`
      )
    }
  })

  it('take the Arabic form each count needs, in Arabic-Indic digits', () => {
    expect(COUNTS.slice(0, 6).map((count) => ar.t('reliability.backups.backedUp', { count }))).toEqual([
      'حُفظت نسخة احتياطية من صفر مقالات.',
      'حُفظت نسخة احتياطية من مقال واحد.',
      'حُفظت نسخة احتياطية من مقالين.',
      'حُفظت نسخة احتياطية من ٣ مقالات.',
      'حُفظت نسخة احتياطية من ١١ مقالاً.',
      'حُفظت نسخة احتياطية من ١٠٠ مقال.'
    ])
    expect([1, 2, 3, 11, 100].map((count) => ar.t('reliability.kept.stillNotSaved', { count }))).toEqual([
      'لم يتم الحفظ بعد: تغيير واحد في الذاكرة.',
      'لم يتم الحفظ بعد: تغييران في الذاكرة.',
      'لم يتم الحفظ بعد: ٣ تغييرات في الذاكرة.',
      'لم يتم الحفظ بعد: ١١ تغييراً في الذاكرة.',
      'لم يتم الحفظ بعد: ١٠٠ تغيير في الذاكرة.'
    ])
    expect(ar.t('reliability.kept.inMemory', { count: 2, seconds: 5 })).toBe(
      'هذان التغييران محفوظان في الذاكرة لا على القرص، وتُعاد محاولة الحفظ كل ٥ ثوانٍ. لا تُغلق Tessera قبل أن يتم الحفظ.'
    )
    expect(ar.t('reliability.quarantine.intro', { count: 3 })).toBe('وُجدت ٣ ملفات مقالات تالفة فنُقلت جانباً (لم يُستبدل أي شيء):')
  })

  it('write a snapshot’s time to the second in the interface’s language', () => {
    const second: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'UTC' }
    expect(en.dateTime('2026-11-21T14:05:09Z', second)).toBe('21 Nov 2026, 14:05:09')
    expect(ar.dateTime('2026-11-21T14:05:09Z', second)).toMatch(/^٢١ نوفمبر ٢٠٢٦/u)
  })
})
