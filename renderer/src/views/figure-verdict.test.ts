import { describe, expect, it } from 'vitest'
import type { FigurePoint, FigureSeries } from '@core/shared/model/views'
import type { FigureQualifier } from '@core/shared/model/figure-interval'
import { createTranslator } from '@core/shared/i18n/translator'
import { compareFigures } from './figure-series'
import { describeInterval, describeReading, figureVerdict, periodLabel, qualifierLabel } from './figure-verdict'

const en = createTranslator('en')
const ar = createTranslator('ar')
const FSI = '\u2068'
const PDI = '\u2069'

function point(id: string, value: number, qualifier: FigureQualifier, source: string | null): FigurePoint {
  return {
    documentId: `doc-${id}`,
    title: 'T',
    date: '2024-12-04',
    annotationId: id,
    start: 0,
    end: 2,
    quote: String(value),
    value,
    qualifier,
    upper: null,
    counted: 'fighters killed',
    claim: null,
    source: source === null ? null : { annotationId: `actor-${id}`, quote: source }
  }
}

/** One figure per outlet, each "at least 5": they all agree. */
function agreeing(outlets: readonly string[], source: (outlet: string) => string | null = () => null): FigureSeries {
  return {
    counted: 'fighters killed',
    period: null,
    pointCount: outlets.length,
    outlets: outlets.map((outlet, i) => ({ outlet, points: [point(`p${i}`, 5, 'at least', source(outlet))], pointCount: 1 }))
  }
}

const DISAGREEING: FigureSeries = {
  counted: 'fighters killed',
  period: '2024-12-04',
  pointCount: 2,
  outlets: [
    { outlet: 'Shafaq News', points: [point('a', 245, 'exact', 'the Observatory'), point('b', 1600, 'at least', null)], pointCount: 2 },
    { outlet: 'teleSUR', points: [point('c', 1300, 'at least', null)], pointCount: 1 }
  ]
}

const outlets = (n: number) => Array.from({ length: n }, (_, i) => `Outlet ${i}`)

describe('the Figures verdict in English', () => {
  it('reads as it always did', () => {
    expect(figureVerdict(compareFigures(DISAGREEING, en), en)).toBe('Figures disagree: 245 (the Observatory) and at least 1,600 (Shafaq News) cannot both be right.')
    expect(figureVerdict(compareFigures(agreeing(outlets(3)), en), en)).toBe('3 figures from 3 sources can all be right: at least 5.')
    expect(figureVerdict(compareFigures(agreeing(outlets(2), () => 'the army'), en), en)).toBe('2 figures from the army can all be right: at least 5.')
    expect(figureVerdict(compareFigures(agreeing(['']), en), en)).toBe('Only Unknown outlet gives this figure: at least 5.')
  })

  it('describes readings and intervals with grouped digits', () => {
    expect(describeReading({ qualifier: 'range', value: 200, upper: 3000 }, en)).toBe('200–3,000')
    expect(describeReading({ qualifier: 'about', value: 12.5, upper: null }, en)).toBe('about 12.5')
    expect(describeReading({ qualifier: 'at most', value: 40, upper: null }, en)).toBe('at most 40')
    expect(describeInterval({ low: 1300, high: Number.POSITIVE_INFINITY }, en)).toBe('at least 1,300')
    expect(describeInterval({ low: 300, high: 352.4 }, en)).toBe('300 to 352')
    expect(describeInterval({ low: 245, high: 245.2 }, en)).toBe('245')
    expect(describeInterval({ low: 0, high: 400 }, en)).toBe('at most 400')
    expect(qualifierLabel('at least', en)).toBe('at least')
  })

  it('says which period a group covers', () => {
    expect(periodLabel('2024-12-02', en)).toBe('2 Dec 2024')
    expect(periodLabel('2024-W49', en)).toBe('week of 2 Dec 2024')
    expect(periodLabel('2025-W01', en)).toBe('week of 30 Dec 2024')
    expect(periodLabel('2024-12', en)).toBe('December 2024')
    expect(periodLabel('', en)).toBe('undated')
    expect(periodLabel(null, en)).toBeNull()
  })
})

describe('the Figures verdict in Arabic', () => {
  it('names the two figures that disagree, with Arabic-Indic digits and each source isolated', () => {
    expect(figureVerdict(compareFigures(DISAGREEING, ar), ar)).toBe(
      `الأرقام متعارضة: ٢٤٥ (${FSI}the Observatory${PDI}) و١٬٦٠٠ على الأقل (${FSI}Shafaq News${PDI}) لا يمكن أن يصحّا معاً.`
    )
  })

  it('counts figures and sources in the right plural form', () => {
    const verdict = (n: number) => figureVerdict(compareFigures(agreeing(outlets(n)), ar), ar)
    expect(verdict(2)).toBe('رقمان من مصدرين يمكن أن تصحّ كلها: ٥ على الأقل.')
    expect(verdict(3)).toBe('٣ أرقام من ٣ مصادر يمكن أن تصحّ كلها: ٥ على الأقل.')
    expect(verdict(11)).toBe('١١ رقماً من ١١ مصدراً يمكن أن تصحّ كلها: ٥ على الأقل.')
    expect(verdict(100)).toBe('١٠٠ رقم من ١٠٠ مصدر يمكن أن تصحّ كلها: ٥ على الأقل.')
    expect(figureVerdict(compareFigures(agreeing(['']), ar), ar)).toBe(`لا يذكر هذا الرقم إلا ${FSI}مصدر غير معروف${PDI}: ٥ على الأقل.`)
  })

  it('writes Western digits when the user chose them', () => {
    const latn = createTranslator('ar', 'latn')
    expect(describeInterval({ low: 300, high: 1600 }, latn)).toBe('من 300 إلى 1,600')
    expect(periodLabel('2024-12-02', latn)).toBe('2 ديسمبر 2024')
  })

  it('says periods and qualifiers in Arabic', () => {
    expect(periodLabel('2024-12-02', ar)).toBe('٢ ديسمبر ٢٠٢٤')
    expect(periodLabel('2024-W49', ar)).toBe('أسبوع ٢ ديسمبر ٢٠٢٤')
    expect(periodLabel('2024-12', ar)).toBe('ديسمبر ٢٠٢٤')
    expect(periodLabel('', ar)).toBe('غير مؤرَّخ')
    expect(qualifierLabel('about', ar)).toBe('تقريبي')
    expect(describeReading({ qualifier: 'about', value: 300, upper: null }, ar)).toBe('نحو ٣٠٠')
  })
})
