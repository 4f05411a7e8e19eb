import { describe, expect, it } from 'vitest'
import { mergeBoundaries } from './merge-boundaries'

describe('merging the versions’ boundaries', () => {
  it('takes the union extent of overlapping spans of one tag across annotators', () => {
    const merged = mergeBoundaries({
      ann: [{ start: 10, end: 52, tag: 'actor' }],
      bob: [{ start: 14, end: 43, tag: 'actor' }],
      cai: [{ start: 40, end: 60, tag: 'actor' }]
    })
    expect(merged).toEqual([{ start: 10, end: 60, tag: 'actor' }])
  })

  it('joins spans chained through a third that overlaps both, but not spans that only touch', () => {
    const merged = mergeBoundaries({
      ann: [
        { start: 0, end: 5, tag: 'place' },
        { start: 12, end: 20, tag: 'place' }
      ],
      bob: [
        { start: 4, end: 13, tag: 'place' },
        { start: 20, end: 26, tag: 'place' }
      ]
    })
    expect(merged).toEqual([
      { start: 0, end: 20, tag: 'place' },
      { start: 20, end: 26, tag: 'place' }
    ])
  })

  it('keeps tags apart: a swapped tag gives one span per tag, over the same text', () => {
    const merged = mergeBoundaries({ ann: [{ start: 30, end: 49, tag: 'actor' }], bob: [{ start: 30, end: 49, tag: 'place' }] })
    expect(merged).toEqual([
      { start: 30, end: 49, tag: 'actor' },
      { start: 30, end: 49, tag: 'place' }
    ])
  })

  it('keeps a span only one annotator marked, and gives nothing when nobody marked anything', () => {
    expect(mergeBoundaries({ ann: [{ start: 3, end: 9, tag: 'claim' }], bob: [] })).toEqual([{ start: 3, end: 9, tag: 'claim' }])
    expect(mergeBoundaries({ ann: [], bob: [] })).toEqual([])
  })

  it('keeps nested spans of one annotator inside the outer one, once', () => {
    const merged = mergeBoundaries({ ann: [{ start: 0, end: 40, tag: 'claim' }, { start: 5, end: 10, tag: 'claim' }], bob: [{ start: 0, end: 40, tag: 'claim' }] })
    expect(merged).toEqual([{ start: 0, end: 40, tag: 'claim' }])
  })
})
