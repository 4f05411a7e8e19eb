import { describe, expect, it } from 'vitest'
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
  it('count the characters between two spans, zero when they touch', () => {
    expect(spanDistance(span('a', 0, 10), span('b', 10, 20))).toBe(0)
    expect(spanDistance(span('a', 30, 40), span('b', 10, 20))).toBe(10)
    expect(describePosition(span('a', 0, 9), span('b', 10, 20))).toBe('1 character before')
    expect(describePosition(span('a', 25, 30), span('b', 10, 20))).toBe('5 characters after')
    expect(describePosition(span('a', 12, 14), span('b', 10, 20))).toBe('overlaps')
  })
})
