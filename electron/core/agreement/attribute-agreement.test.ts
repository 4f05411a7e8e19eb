import { describe, expect, it } from 'vitest'
import { attributeAgreement } from './attribute-agreement'
import type { AgreementDocument, AgreementSpan } from './types'

const claim = (start: number, stance?: string): AgreementSpan => ({ start, end: start + 1, tag: 'claim', ...(stance ? { attributes: { stance } } : {}) })

describe('agreement on a choice attribute', () => {
  it('compares the values on exact-match pairs, hand-computed', () => {
    // Pairs (pro, pro), (pro, con), (con, con), (pro, —); Bob's claim at 8 has no partner.
    // Compared: 3 pairs, observed 2/3. κ: pₑ = ⅔·⅓ + ⅓·⅔ = 4/9, κ = (⅔ − 4/9)/(5/9) = 0.4.
    // α: o(pro,pro) = o(con,con) = 2, o(pro,con) = o(con,pro) = 1, n = 6: α = 1 − 5·2/(36 − 9 − 9) = 4/9.
    const documents: AgreementDocument[] = [
      {
        id: 'd',
        text: 'a b c d e f g h i',
        layers: { ann: [claim(0, 'pro'), claim(2, 'pro'), claim(4, 'con'), claim(6, 'pro')], bob: [claim(0, 'pro'), claim(2, 'con'), claim(4, 'con'), claim(6), claim(8, 'con')] }
      }
    ]
    const result = attributeAgreement(documents, ['ann', 'bob'], 'stance')
    expect(result).toMatchObject({ pairs: 4, pairsWithoutValue: 1 })
    expect(result.observed).toMatchObject({ n: 3, unit: 'span pairs' })
    expect(result.observed.value).toBeCloseTo(2 / 3, 12)
    expect(result.cohenKappa.value).toBeCloseTo(0.4, 12)
    expect(result.krippendorffAlpha.value).toBeCloseTo(4 / 9, 12)
    expect(result.krippendorffAlpha.n).toBe(6)
    expect(result.cohenKappa.method).toContain('stance')
    expect(attributeAgreement(documents, ['ann', 'bob'], 'stance', ['actor']).pairs).toBe(0)
  })

  it('is not defined with no compared pair, and κ not defined when every value is the same', () => {
    const none = attributeAgreement([], ['ann', 'bob'], 'stance')
    expect(none.observed).toMatchObject({ value: null, notDefined: 'no-data', n: 0 })
    expect(none.krippendorffAlpha).toMatchObject({ value: null, notDefined: 'no-data' })
    const allPro: AgreementDocument[] = [{ id: 'd', text: 'a b', layers: { ann: [claim(0, 'pro'), claim(2, 'pro')], bob: [claim(0, 'pro'), claim(2, 'pro')] } }]
    const result = attributeAgreement(allPro, ['ann', 'bob'], 'stance')
    expect(result.observed.value).toBe(1)
    expect(result.cohenKappa).toMatchObject({ value: null, notDefined: 'one-category', n: 2 })
  })
})
