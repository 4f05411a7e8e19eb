import { describe, expect, it } from 'vitest'
import { parseArabicDateline } from './arabic-dateline'
import { metadataFromLeadingLines } from './leading-lines'

describe('Arabic datelines', () => {
  it.each([
    ['الميادين — حماه، 4 كانون الأول/ديسمبر 2024', '2024-12-04', 'الميادين'],
    ['بغداد/ شفق نيوز - 2024-12-02', '2024-12-02', 'شفق نيوز'],
    ['بغداد / شفق نيوز - ٢٠٢٤-١٢-٠٢', '2024-12-02', 'شفق نيوز'],
    ['الميادين نت - دمشق، ٣ كانون الأول 2024', '2024-12-03', 'الميادين نت'],
    ['عنب بلدي – إدلب، 1 ديسمبر 2024', '2024-12-01', 'عنب بلدي'],
    ['4 كانون الأول/ديسمبر 2024', '2024-12-04', null],
    ['الأربعاء 4 ديسمبر 2024 23:47', '2024-12-04', null],
    ['نشر في: الثلاثاء، ٣ كانون الأول ٢٠٢٤ - 10:15 ص', '2024-12-03', null],
    ['2 شباط/فبراير 2025', '2025-02-02', null],
    ['15 أيار/مايو 2024', '2024-05-15', null],
    ['15 مايو 2024', '2024-05-15', null],
    ['1 كانون الثاني 2025', '2025-01-01', null],
    ['حماة، 02/12/2024', '2024-12-02', null],
    ['١ تشرين الثاني/نوفمبر ٢٠٢٤', '2024-11-01', null]
  ])('%s → %s, outlet %s', (line, date, outlet) => {
    expect(parseArabicDateline(line)).toEqual({ date, outlet })
  })

  it.each([
    ['a sentence that merely contains a date', 'قال الجيش السوري إن قواته دخلت ريف حماة في 4 كانون الأول/ديسمبر 2024 بعد معارك عنيفة'],
    ['a sentence that names a month without a date', 'شهد كانون الأول تصعيداً في حماة'],
    ['a short sentence ending in a date', 'أعلنت وزارة الدفاع السورية اليوم 4 ديسمبر 2024'],
    ['month names that disagree', '4 كانون الأول/نوفمبر 2024'],
    ['a headline with a number and a month-like word', 'مايو: 300 قتيل في حماة خلال أسبوع'],
    ['a date followed by more text', '4 ديسمبر 2024 شهد معارك عنيفة في ريف حماة'],
    ['English', 'Damascus, Dec 1 (NationPress)']
  ])('%s is not a dateline', (_why, line) => {
    expect(parseArabicDateline(line)).toBeNull()
  })

  it('an impossible date gives the outlet but no date', () => {
    expect(parseArabicDateline('الميادين — حماه، 31 شباط 2024')).toEqual({ date: null, outlet: 'الميادين' })
  })

  it('gives the outlet and date of an Arabic article at import', () => {
    const text = 'الجيش السوري يعزز مواقعه في ريف حماة\nالميادين — حماه، 4 كانون الأول/ديسمبر 2024\nأفادت مصادر ميدانية…'
    expect(metadataFromLeadingLines(text)).toEqual({ source: 'الميادين', date: '2024-12-04' })
    expect(metadataFromLeadingLines('عنوان\nبغداد/ شفق نيوز - 2024-12-02\nنص.')).toEqual({ source: 'شفق نيوز', date: '2024-12-02' })
  })
})
