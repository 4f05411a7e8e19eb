import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { copyLayer, swapLayers, twoLayerCorpus } from '../testing/agreement-corpora'
import { overlapMatching } from './span-match'
import { spanAgreement } from './span-scores'
import type { AgreementDocument } from './types'

const TEXT = 'Assad forces shelled Hama today'
const documents: AgreementDocument[] = [
  {
    id: 'd1',
    text: TEXT,
    layers: {
      ann: [{ start: 0, end: 12, tag: 'actor' }, { start: 21, end: 25, tag: 'place' }, { start: 0, end: 31, tag: 'claim' }],
      bob: [{ start: 0, end: 5, tag: 'actor' }, { start: 21, end: 25, tag: 'place' }, { start: 26, end: 31, tag: 'place' }]
    }
  },
  { id: 'd2', text: 'Hama again', layers: { bob: [{ start: 0, end: 4, tag: 'place' }] } }
]

describe('span precision, recall and F1', () => {
  it('match a hand-computed case, exact and overlap, per tag and micro', () => {
    // Exact: only place 21–25 matches. Ann 3 spans, Bob 3 (d2 is left out: Ann has not annotated it):
    // P = R = F1 = 1/3. Overlap adds actor 0–12 ~ 0–5: 2 matched, P = R = F1 = 2/3.
    const exact = spanAgreement(documents, ['ann', 'bob'], 'exact')
    expect(exact.overall.counts).toEqual({ matched: 1, first: 3, second: 3 })
    expect(exact.overall.f1.value).toBeCloseTo(1 / 3, 12)
    expect(exact.coverage).toEqual({ documents: 1, documentsLeftOut: ['d2'] })
    const overlap = spanAgreement(documents, ['ann', 'bob'], 'overlap')
    expect(overlap.overall.counts).toEqual({ matched: 2, first: 3, second: 3 })
    expect(overlap.overall.precision).toMatchObject({ n: 3, unit: 'spans' })
    expect(overlap.overall.precision.value).toBeCloseTo(2 / 3, 12)
    // Place: Ann 1, Bob 2, 1 matched → P = 1/2, R = 1, F1 = 2/3.
    expect(overlap.perTag['place']?.precision.value).toBe(0.5)
    expect(overlap.perTag['place']?.recall.value).toBe(1)
    // Claim: Bob marked none, so precision is not defined (0/0) and recall is 0 of 1.
    expect(overlap.perTag['claim']?.precision).toMatchObject({ value: null, notDefined: 'no-data', n: 0 })
    expect(overlap.perTag['claim']?.recall.value).toBe(0)
    expect(overlap.overall.f1.method).toContain('overlap')
  })

  it('pairs as many overlapping spans as can be paired, where the largest overlap first would pair one', () => {
    // Ann 0–10 and 8–12; Bob 5–9 (overlaps both, 4 characters with 0–10) and 0–3 (only 0–10).
    const ann = [{ start: 0, end: 10, tag: 'claim' }, { start: 8, end: 12, tag: 'claim' }]
    const bob = [{ start: 5, end: 9, tag: 'claim' }, { start: 0, end: 3, tag: 'claim' }]
    expect(overlapMatching(ann, bob, true).pairs).toHaveLength(2)
    expect(overlapMatching(bob, ann, true).pairs).toHaveLength(2)
  })

  it('are not defined on an empty corpus, and 0 when nothing overlaps', () => {
    expect(spanAgreement([], ['ann', 'bob'], 'overlap').overall.f1).toMatchObject({ value: null, notDefined: 'no-data' })
    const apart: AgreementDocument[] = [
      { id: 'd', text: TEXT, layers: { ann: [{ start: 0, end: 5, tag: 'actor' }], bob: [{ start: 6, end: 12, tag: 'actor' }] } }
    ]
    expect(spanAgreement(apart, ['ann', 'bob'], 'overlap').overall.f1.value).toBe(0)
  })

  it('F1 is 1 for identical layers, symmetric in the annotators and blind to document order', () => {
    fc.assert(
      fc.property(twoLayerCorpus, fc.constantFrom('exact' as const, 'overlap' as const), (corpus, match) => {
        const identical = spanAgreement(copyLayer(corpus, 'ann', ['ann', 'bob']), ['ann', 'bob'], match).overall
        if (identical.counts.first > 0) expect(identical.f1.value).toBe(1)
        const reference = spanAgreement(corpus, ['ann', 'bob'], match)
        const swapped = spanAgreement(swapLayers(corpus), ['ann', 'bob'], match)
        expect(swapped.overall.f1).toEqual(reference.overall.f1)
        expect(swapped.overall.precision.value).toBe(reference.overall.recall.value)
        expect(spanAgreement([...corpus].reverse(), ['ann', 'bob'], match)).toEqual(reference)
      })
    )
  })
})
