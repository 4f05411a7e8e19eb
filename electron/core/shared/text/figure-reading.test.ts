import { describe, expect, it } from 'vitest'
import { disagreement, figureInterval, type FigureReading } from '../model/figure-interval'
import { readFigure } from './figure-reading'

describe('reading how a figure qualifies its number', () => {
  it.each([
    ['1,300', 'exact', 1300, null],
    ['more than 400', 'at least', 400, null],
    ['over 1,300', 'at least', 1300, null],
    ['exceeded 1,600', 'at least', 1600, null],
    ['at least 300', 'at least', 300, null],
    ['1,300+ fighters', 'at least', 1300, null],
    ['no more than 50', 'at most', 50, null],
    ['up to 50 people', 'at most', 50, null],
    ['fewer than 20', 'at most', 20, null],
    ['about 300', 'about', 300, null],
    ['nearly 300', 'about', 300, null],
    ['some 2.5 million', 'about', 2_500_000, null],
    ['between 200 and 300', 'range', 200, 300],
    ['200-300', 'range', 200, 300],
    ['3,500–4,000 fighters', 'range', 3500, 4000],
    ['3 to 4 million', 'range', 3_000_000, 4_000_000],
    ['أكثر من 400', 'at least', 400, null],
    ['بأكثر من ألف', 'at least', 1000, null],
    ['ما لا يقل عن ٣٠٠', 'at least', 300, null],
    ['نحو 300', 'about', 300, null],
    ['حوالي ألفي مقاتل', 'about', 2000, null],
    ['قرابة مليون ونصف', 'about', 1_500_000, null],
    ['أقل من ٥٠', 'at most', 50, null],
    ['بين 200 و300', 'range', 200, 300]
  ] as const)('%s → %s %d', (span, qualifier, value, upper) => {
    expect(readFigure(span)).toEqual({ qualifier, value, upper })
  })

  it('takes the qualifier just before a span that is only the number', () => {
    expect(readFigure('300', 'the Center announced that at least ')).toEqual({ qualifier: 'at least', value: 300, upper: null })
    expect(readFigure('٤٠٠', 'قتل بأكثر من ')).toEqual({ qualifier: 'at least', value: 400, upper: null })
    expect(readFigure('300', 'at least 20 died and ')?.qualifier).toBe('exact')
    expect(readFigure('about 300', 'up to ')?.qualifier).toBe('about')
  })

  it('gives nothing for a span without a number', () => {
    expect(readFigure('dozens')).toBeNull()
    expect(readFigure('عشرات')).toBeNull()
  })

  it('does not read a word that merely contains a qualifier ("overall", "handsome")', () => {
    expect(readFigure('overall 300')?.qualifier).toBe('exact')
    expect(readFigure('handsome 12')?.qualifier).toBe('exact')
  })
})

describe('figures that cannot both be right', () => {
  const reading = (qualifier: FigureReading['qualifier'], value: number, upper: number | null = null) => ({ qualifier, value, upper })

  it('at least 300 and about 320 overlap', () => {
    expect(disagreement([reading('at least', 300), reading('about', 320)])).toBeNull()
  })

  it('more than 400 and at least 300 overlap (the sample view said they disagree)', () => {
    expect(disagreement([reading('at least', 400), reading('at least', 300)])).toBeNull()
  })

  it('exactly 245 and at least 1,600 do not, and the pair is named', () => {
    const exact = reading('exact', 245)
    const atLeast = reading('at least', 1600)
    expect(disagreement([atLeast, reading('about', 1700), exact])).toEqual({ lowest: exact, highest: atLeast })
  })

  it('a range overlaps a number inside it and not one outside', () => {
    expect(disagreement([reading('range', 200, 300), reading('exact', 250)])).toBeNull()
    expect(disagreement([reading('range', 200, 300), reading('exact', 301)])).not.toBeNull()
  })

  it('at most 50 and at least 60 do not overlap; about 100 spans 90 to 110', () => {
    expect(disagreement([reading('at most', 50), reading('at least', 60)])).not.toBeNull()
    expect(figureInterval(reading('about', 100))).toEqual({ low: 90, high: 110 })
    expect(disagreement([reading('about', 100), reading('exact', 111)])).not.toBeNull()
  })
})
