import { describe, expect, it } from 'vitest'
import type { AdjudicationDocument, AdjudicationReview, AdjudicationStretch } from '@core/shared/model/adjudication'
import { nextUndecided, segmentsOf, settlePlace, stepPlace, withDocument } from './review-walk'

function stretch(start: number, decided: boolean): AdjudicationStretch {
  return {
    documentId: '',
    start,
    end: start + 5,
    versions: {},
    kinds: ['absent'],
    missing: [],
    curated: [],
    decision: decided ? { start, end: start + 5, kind: 'spans', by: 'cur', at: '2026-01-01T00:00:00.000Z' } : null,
    context: { before: '', text: '', after: '' }
  }
}

function document(documentId: string, decided: boolean[]): AdjudicationDocument {
  const stretches = decided.map((done, index) => ({ ...stretch(index * 10, done), documentId }))
  return { documentId, title: documentId, annotators: ['ann', 'bob'], agreed: 0, agreedTaken: false, stretches, decided: decided.filter(Boolean).length }
}

const review: AdjudicationReview = {
  annotators: ['ann', 'bob'],
  documents: [document('a', [true, false]), document('empty', []), document('c', [false])],
  decided: 1,
  total: 3
}

describe('walking a review', () => {
  it('starts at the first undecided disagreement, and keeps a place the review still has', () => {
    expect(settlePlace(review, null)).toEqual({ documentId: 'a', index: 1 })
    expect(settlePlace(review, { documentId: 'c', index: 4 })).toEqual({ documentId: 'c', index: 0 })
    expect(settlePlace(review, { documentId: 'gone', index: 0 })).toEqual({ documentId: 'a', index: 1 })
    expect(settlePlace({ ...review, documents: [] }, null)).toBeNull()
  })

  it('steps across documents, skips one without disagreements, and stays at either end', () => {
    expect(stepPlace(review, { documentId: 'a', index: 1 }, 1)).toEqual({ documentId: 'c', index: 0 })
    expect(stepPlace(review, { documentId: 'c', index: 0 }, -1)).toEqual({ documentId: 'a', index: 1 })
    expect(stepPlace(review, { documentId: 'c', index: 0 }, 1)).toEqual({ documentId: 'c', index: 0 })
    expect(stepPlace(review, { documentId: 'a', index: 0 }, -1)).toEqual({ documentId: 'a', index: 0 })
    expect(stepPlace(review, { documentId: 'empty', index: 0 }, 1)).toEqual({ documentId: 'c', index: 0 })
    expect(stepPlace(review, { documentId: 'empty', index: 0 }, -1)).toEqual({ documentId: 'a', index: 1 })
  })

  it('after a decision goes to the next undecided one, wrapping round to the start', () => {
    const decided = (place: { documentId: string; index: number }) => place.documentId === 'a' && place.index === 0
    expect(nextUndecided(review, { documentId: 'a', index: 1 }, decided)).toEqual({ documentId: 'c', index: 0 })
    expect(nextUndecided(review, { documentId: 'c', index: 0 }, decided)).toEqual({ documentId: 'a', index: 1 })
  })

  it('counts the totals again when a document comes back decided', () => {
    const updated = withDocument(review, document('c', [true]))
    expect([updated.decided, updated.total]).toEqual([2, 3])
  })
})

describe('cutting a stretch into runs for drawing the spans', () => {
  it('cuts at every edge, lists the covering spans outermost first and labels a span where it starts', () => {
    const outer = { start: 100, end: 110, tag: 'claim' }
    const inner = { start: 104, end: 107, tag: 'actor' }
    const runs = segmentsOf('0123456789', 100, [inner, outer])
    expect(runs.map((run) => [run.text, run.spans.map((s) => s.tag), run.starting.map((s) => s.tag)])).toEqual([
      ['0123', ['claim'], ['claim']],
      ['456', ['claim', 'actor'], ['actor']],
      ['789', ['claim'], []]
    ])
  })

  it('a span reaching before the stretch is labelled at the stretch’s start; astral characters stay whole', () => {
    const runs = segmentsOf('a😀b', 10, [{ start: 8, end: 11, tag: 'place' }, { start: 11, end: 13, tag: 'figure' }])
    expect(runs.map((run) => [run.text, run.starting.map((s) => s.tag)])).toEqual([
      ['a', ['place']],
      ['😀', ['figure']],
      ['b', []]
    ])
  })
})
