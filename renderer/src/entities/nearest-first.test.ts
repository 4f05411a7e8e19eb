import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import { describePosition, nearestFirst, spanDistance } from './nearest-first'

const span = (id: string, start: number, end: number) => ({ id, start, end })

describe('nearestFirst', () => {
  const claim = span('claim', 100, 150)

  it('orders actors by the characters between them and the claim, before or after', () => {
    const actors = [span('far-before', 0, 10), span('after', 160, 170), span('just-before', 90, 98), span('far-after', 400, 420)]
    expect(nearestFirst(actors, claim).map((a) => a.id)).toEqual(['just-before', 'after', 'far-before', 'far-after'])
  })

  it('puts actors inside or overlapping the claim first, and breaks ties by reading order', () => {
    const actors = [span('after-5', 155, 160), span('inside', 120, 125), span('before-5', 90, 95), span('overlapping', 140, 160)]
    expect(nearestFirst(actors, claim).map((a) => a.id)).toEqual(['inside', 'overlapping', 'before-5', 'after-5'])
  })

  it('leaves out the anchor itself and does not reorder the input', () => {
    const list = [span('b', 300, 310), claim, span('a', 0, 5)]
    expect(nearestFirst(list, claim).map((a) => a.id)).toEqual(['a', 'b'])
    expect(list.map((a) => a.id)).toEqual(['b', 'claim', 'a'])
  })
})

describe('spanDistance and describePosition', () => {
  const en = createTranslator('en')
  const ar = createTranslator('ar')

  it('count the characters between two spans, zero when they touch', () => {
    expect(spanDistance(span('a', 0, 10), span('b', 10, 20))).toBe(0)
    expect(spanDistance(span('a', 30, 40), span('b', 10, 20))).toBe(10)
    expect(describePosition(en, span('a', 0, 9), span('b', 10, 20))).toBe('1 character before')
    expect(describePosition(en, span('a', 25, 30), span('b', 10, 20))).toBe('5 characters after')
    expect(describePosition(en, span('a', 12, 14), span('b', 10, 20))).toBe('overlaps')
    expect(describePosition(en, span('a', 0, 10), span('b', 12_345, 12_350))).toBe('12335 characters before')
  })

  it('say it in Arabic with the plural form each count takes, in Arabic-Indic digits', () => {
    const after = (distance: number) => describePosition(ar, span('a', 20 + distance, 30 + distance), span('b', 10, 20))
    expect([1, 2, 3, 11, 100].map(after)).toEqual(['بعده بحرف واحد', 'بعده بحرفين', 'بعده بـ٣ أحرف', 'بعده بـ١١ حرفاً', 'بعده بـ١٠٠ حرف'])
    expect(describePosition(ar, span('a', 0, 7), span('b', 10, 20))).toBe('قبله بـ٣ أحرف')
    expect(describePosition(ar, span('a', 12, 14), span('b', 10, 20))).toBe('متداخل')
  })
})
