import { describe, expect, it } from 'vitest'
import { parseFigure } from './figures'

describe('reading the number a figure states', () => {
  it.each([
    ['1,300', 1300],
    ['1,300 fighters', 1300],
    ['1.5 million', 1_500_000],
    ['1,5 million', 1_500_000],
    ['2.3bn dollars', 2_300_000_000],
    ['10k', 10_000],
    ['two thousand', 2000],
    ['a hundred', 100],
    ['a dozen', 12],
    ['twenty-five soldiers', 25],
    ['three hundred and fifty', 350],
    ['one million two hundred thousand', 1_200_000],
    ['١٢ دبابة', 12],
    ['١٬٣٠٠ مقاتل', 1300],
    ['٢٫٥ مليون', 2_500_000],
    ['۱۲ تانک', 12],
    ['3 آلاف نازح', 3000],
    ['12.000', 12_000],
    ['1.300.000', 1_300_000],
    ['1.300.000,5', 1_300_000.5],
    ['1,300,000.5', 1_300_000.5],
    ['3.5', 3.5],
    ['3,500-4,000', 3500],
    ['between 20 and 30 villages', 20],
    ['at least 40', 40],
    ['ＦＵＬＬ 42', 42]
  ])('%s → %d', (span, value) => {
    expect(parseFigure(span)).toBe(value)
  })

  it.each(['dozens', 'hundreds of civilians', 'several villages', 'many', 'thousands', '', 'Hama', 'A320 jets', '1,30,0'])(
    '%s states no exact number',
    (span) => {
      expect(parseFigure(span)).toBeNull()
    }
  )
})
