import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { copyLayer, swapLayers, twoLayerCorpus } from '../testing/agreement-corpora'
import { unitizingAlpha } from './unitizing-alpha'
import type { AgreementDocument, AgreementSpan } from './types'

const unit = (start: number, length: number, tag: string): AgreementSpan => ({ start, end: start + length, tag })

/**
 * Krippendorff (2004), Content Analysis, 2nd ed., p. 254: a continuum of 300 (150–450), two observers, tags
 * c and k, as the DKPro Agreement suite encodes it (dkpro/dkpro-statistics,
 * dkpro-statistics-agreement/src/test/java/org/dkpro/statistics/agreement/unitizing/Krippendorff2004Test.java),
 * shifted here to start at 0: αu(c) = 0.7286 (D_o 0.0144, D_e 0.0532), αu(k) = 1 (D_o 0, D_e 0.0490),
 * αu = 0.8591.
 */
const krippendorff2004: AgreementDocument[] = [
  {
    id: 'p254',
    text: 'x'.repeat(300),
    layers: {
      i: [unit(75, 70, 'c'), unit(220, 30, 'c'), unit(30, 60, 'k'), unit(150, 50, 'k')],
      j: [unit(70, 80, 'c'), unit(205, 20, 'c'), unit(250, 20, 'c'), unit(30, 60, 'k'), unit(150, 50, 'k')]
    }
  }
]

/**
 * Krippendorff (1995), "On the reliability of unitizing contiguous data", Sociological Methodology 25, p. 57:
 * four pairs of observers on a continuum of 24, one category each (A–D here as four tags), as in DKPro's
 * Krippendorff1995Test.java, which also stretches the continuum (×50,000) to approach the paper's
 * expected disagreements; the paper: αu A 0.553, B −0.926, C 0.679, D 0.066.
 */
function krippendorff1995(stretch: number): AgreementDocument[] {
  const u = (start: number, length: number, tag: string): AgreementSpan => unit(start * stretch, length * stretch, tag)
  return ['A', 'B', 'C', 'D'].map((category) => {
    const tag = category.toLowerCase()
    const [first, second] = {
      A: [[u(2, 8, tag), u(14, 6, tag)], [u(4, 4, tag), u(15, 2, tag)]],
      B: [[u(0, 18, tag)], [u(0, 2, tag), u(2, 1, tag), u(3, 1, tag), u(4, 1, tag), u(5, 1, tag), u(6, 3, tag), u(9, 1, tag)]],
      C: [[u(2, 6, tag), u(10, 2, tag), u(14, 4, tag), u(20, 2, tag)], [u(0, 2, tag), u(4, 4, tag), u(10, 4, tag), u(16, 2, tag), u(20, 2, tag)]],
      D: [[u(0, 2, tag), u(2, 8, tag), u(10, 4, tag), u(14, 6, tag), u(20, 4, tag)], [u(0, 4, tag), u(4, 4, tag), u(8, 7, tag), u(15, 2, tag), u(17, 7, tag)]]
    }[category] as AgreementSpan[][]
    return { id: category, text: 'x'.repeat(24 * stretch), layers: { first: first ?? [], second: second ?? [] } }
  })
}

describe('unitizing α (αu)', () => {
  it('reproduces Krippendorff 2004’s worked example: αu(c) = 0.7286, αu(k) = 1, αu = 0.8591', () => {
    const alpha = unitizingAlpha(krippendorff2004, ['i', 'j'])
    expect(alpha.perTag['c']?.observedDisagreement).toBeCloseTo(0.0144, 4)
    expect(alpha.perTag['c']?.expectedDisagreement).toBeCloseTo(0.0532, 4)
    expect(alpha.perTag['c']?.value).toBeCloseTo(0.7286, 4)
    expect(alpha.perTag['k']?.expectedDisagreement).toBeCloseTo(0.049, 4)
    expect(alpha.perTag['k']?.value).toBe(1)
    expect(Math.abs((alpha.overall.value ?? 0) - 0.8591)).toBeLessThan(0.0005)
    expect(alpha.overall).toMatchObject({ n: 300, unit: 'characters', method: "Krippendorff's unitizing α (αu)" })
  })

  it('reproduces Krippendorff 1995’s four pairs of observers', () => {
    // One document per pair, each alone (documents of other tags would only add gaps to a tag's continuum).
    const observed = { a: 0.03125, b: 2.26736, c: 0.02777, d: 0.38715 }
    for (const [tag, value] of Object.entries(observed)) {
      const document = krippendorff1995(1).find((candidate) => candidate.id === tag.toUpperCase()) as AgreementDocument
      expect(unitizingAlpha([document], ['first', 'second']).perTag[tag]?.observedDisagreement).toBeCloseTo(value, 4)
    }
    const published = { a: 0.553, b: -0.926, c: 0.679, d: 0.066 }
    for (const [tag, value] of Object.entries(published)) {
      const document = krippendorff1995(50_000).find((candidate) => candidate.id === tag.toUpperCase()) as AgreementDocument
      // DKPro finds a small error in the paper's D_e (l + 1 where Krippendorff 2004 has l − 1): within 0.02.
      expect(Math.abs((unitizingAlpha([document], ['first', 'second']).perTag[tag]?.value ?? NaN) - value)).toBeLessThan(0.02)
    }
  })

  it('hand-computed: one unit each, shifted by one character', () => {
    // L = 10, m = 2. Ann 2–5, Bob 3–6: δ² = 1² + 1² = 2 for the two units; unit-in-gap pairs: none (each unit
    // overlaps the other's unit). D_o = 2·2 / (2·1·100) = 0.02.
    // D_e: units of length 3 (N = 2), gaps 2, 5, 3, 4 (Ann 0–2, 5–10; Bob 0–3, 6–10).
    // Per unit: (2 − 1)(54 − 27 + 3)/3 = 10, plus 3²·[(5−3+1) + (3−3+1) + (4−3+1)] = 54 → 64 (gap 2 < 3 adds
    // nothing); two units → 128.
    // D_e = (2/10)·128 / (20·19 − 2·6) = 25.6 / 368 = 0.069565…; αu = 1 − 0.02/0.069565 = 0.7125.
    const alpha = unitizingAlpha([{ id: 'd', text: 'x'.repeat(10), layers: { ann: [unit(2, 3, 'claim')], bob: [unit(3, 3, 'claim')] } }], ['ann', 'bob'])
    expect(alpha.perTag['claim']?.observedDisagreement).toBeCloseTo(0.02, 12)
    expect(alpha.perTag['claim']?.expectedDisagreement).toBeCloseTo(25.6 / 368, 12)
    expect(alpha.overall.value).toBeCloseTo(1 - 0.02 / (25.6 / 368), 12)
  })

  it('falls below 0 when the annotators mark different stretches, and stays defined', () => {
    // Ann 0–3, Bob 5–8 on 10 characters: each unit lies in the other's gap, δ² = 9 twice; D_o = 2·18/200 = 0.18.
    // D_e: gaps 7 (Ann 3–10), 5 and 2 (Bob 0–5, 8–10); per unit 10 + 9·[(5−3+1) + (7−3+1)] = 82, → 164;
    // D_e = 0.2·164/368 = 0.0891; αu = 1 − 0.18/0.0891 = −1.02.
    const apart = unitizingAlpha([{ id: 'd', text: 'x'.repeat(10), layers: { ann: [unit(0, 3, 'claim')], bob: [unit(5, 3, 'claim')] } }], ['ann', 'bob'])
    expect(apart.overall.value).toBeCloseTo(1 - 0.18 / ((0.2 * 164) / 368), 12)
  })

  it('is not defined without units, annotators or text, and leaves out a document an annotator lacks', () => {
    const empty: AgreementDocument[] = [{ id: 'd', text: 'abc', layers: { ann: [], bob: [] } }]
    expect(unitizingAlpha(empty, ['ann', 'bob']).overall).toMatchObject({ value: null, notDefined: 'one-category' })
    expect(unitizingAlpha(empty, ['ann']).overall).toMatchObject({ value: null, notDefined: 'too-few-annotators' })
    expect(unitizingAlpha([], ['ann', 'bob']).overall).toMatchObject({ value: null, notDefined: 'no-data' })
    const withMissing = [...krippendorff2004, { id: 'extra', text: 'y'.repeat(50), layers: { i: [unit(0, 50, 'c')] } }]
    const alpha = unitizingAlpha(withMissing, ['i', 'j'])
    expect(alpha.coverage.documentsLeftOut).toEqual(['extra'])
    expect(Math.abs((alpha.overall.value ?? 0) - 0.8591)).toBeLessThan(0.0005)
  })

  it('is 1 for identical layers, symmetric in the annotators and blind to document order', () => {
    fc.assert(
      fc.property(twoLayerCorpus, (documents) => {
        const identical = unitizingAlpha(copyLayer(documents, 'ann', ['ann', 'bob', 'cem']), ['ann', 'bob', 'cem']).overall
        if (identical.value === null) expect(identical.notDefined).toBe('one-category')
        else expect(identical.value).toBeCloseTo(1, 12)
        const reference = unitizingAlpha(documents, ['ann', 'bob']).overall
        for (const other of [unitizingAlpha(swapLayers(documents), ['ann', 'bob']).overall, unitizingAlpha([...documents].reverse(), ['ann', 'bob']).overall]) {
          expect(other.notDefined).toBe(reference.notDefined)
          expect(other.value ?? 0).toBeCloseTo(reference.value ?? 0, 9)
        }
      })
    )
  })
})
