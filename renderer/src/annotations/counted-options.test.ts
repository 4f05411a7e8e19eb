import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import { countedOptions, editDistance, nearDuplicates } from './counted-options'

const en = createTranslator('en')
const ar = createTranslator('ar')

const values = [
  { counted: 'militants killed', count: 3 },
  { counted: 'civilians killed', count: 2 },
  { counted: 'command centres destroyed', count: 1 }
]

describe('What is counted: the combobox options', () => {
  it('offers the project’s spelling for one typed in another case or spacing', () => {
    expect(nearDuplicates('Militants Killed', values).map((v) => v.counted)).toEqual(['militants killed'])
    expect(nearDuplicates(' militants   killed ', values).map((v) => v.counted)).toEqual(['militants killed'])
    expect(countedOptions('Militants Killed', values, en)[0]).toMatchObject({ value: 'militants killed', detail: 'already used by 3 figures, spelled this way' })
  })

  it('offers it for a typo too, but not for a different thing that merely looks alike', () => {
    expect(nearDuplicates('militants kiled', values).map((v) => v.counted)).toEqual(['militants killed'])
    expect(nearDuplicates('civilians killed', values)).toEqual([])
    expect(nearDuplicates('tanks', [{ counted: 'tank', count: 1 }])).toEqual([])
  })

  it('lists the values containing what was typed, then the typed text as a new value', () => {
    expect(countedOptions('killed', values, en).map((o) => o.label)).toEqual(['militants killed', 'civilians killed', 'Use ‘killed’ as a new value'])
    expect(countedOptions('', values, en).map((o) => o.value)).toEqual(['militants killed', 'civilians killed', 'command centres destroyed'])
    expect(countedOptions('civilians killed', values, en).map((o) => o.label)).toEqual(['civilians killed'])
  })

  it('counts figures in English as before, and in Arabic in each plural form with Arabic-Indic digits', () => {
    const details = (translator: typeof en, count: number) => countedOptions('', [{ counted: 'tanks', count }], translator)[0]?.detail
    expect([0, 1, 2, 1000].map((count) => details(en, count))).toEqual(['0 figures', '1 figure', '2 figures', '1,000 figures'])
    expect([0, 1, 2, 3, 11, 100].map((count) => details(ar, count))).toEqual(['لا أرقام', 'رقم واحد', 'رقمان', '٣ أرقام', '١١ رقماً', '١٠٠ رقم'])
    expect(countedOptions('Militants Killed', values, ar)[0]?.detail).toBe('مستخدمة في ٣ أرقام بهذا الإملاء')
    expect(countedOptions('قتلى', values, ar).at(-1)?.label).toBe('استخدم «\u2068قتلى\u2069» قيمةً جديدة')
  })

  it('counts edits between short keys', () => {
    expect(editDistance('killed', 'kiled')).toBe(1)
    expect(editDistance('abc', 'xyz')).toBe(3)
  })
})
