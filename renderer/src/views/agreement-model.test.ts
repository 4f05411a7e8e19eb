import { describe, expect, it } from 'vitest'
import type { Disagreement, Figure, FigureSet, PairAgreement, ProjectAgreement } from '@core/shared/model/agreement'
import { agreementQuery, ALL_CHOSEN, disagreementTarget, figureGroups, isChosen, toggleChosen } from './agreement-model'
import { targetAnnotationId } from './span-target'

describe('the agreement view’s choice', () => {
  it('leaves each part the user did not narrow to the core’s default (all), so a new annotator joins by itself', () => {
    expect(agreementQuery(ALL_CHOSEN)).toEqual({})
    expect(agreementQuery({ annotators: ['bob', 'ann'], tags: [], documentIds: ['d2'] })).toEqual({ annotators: ['bob', 'ann'], documentIds: ['d2'] })
  })

  it('unticks one of all, keeps the offered order when ticking back, and returns to all when every one is ticked', () => {
    const offered = ['ann', 'bob', 'carla']
    const withoutBob = toggleChosen([], offered, 'bob')
    expect(withoutBob).toEqual(['ann', 'carla'])
    expect(isChosen(withoutBob, 'bob')).toBe(false)
    expect(toggleChosen(['carla'], offered, 'ann')).toEqual(['ann', 'carla'])
    expect(toggleChosen(withoutBob, offered, 'bob')).toEqual([])
    expect(isChosen([], 'anyone')).toBe(true)
  })
})

const figure = (value: number | null): Figure => ({ method: 'm', value, notDefined: value === null ? 'no-data' : null, n: 1, unit: 'spans' })
const set = (): FigureSet => ({ overall: figure(1), perTag: { actor: figure(0.5), place: figure(null) } })
const coverage = { documents: 1, documentsLeftOut: [] }
const pair: PairAgreement = {
  annotators: ['ann', 'bob'],
  coverage,
  spanExact: { precision: set(), recall: set(), f1: set() },
  spanOverlap: { precision: set(), recall: set(), f1: set() },
  cohenKappa: set(),
  tokenConfusion: { method: 'm', labels: [], counts: {}, n: 0, unit: 'tokens', coverage },
  spanConfusion: { method: 'm', labels: [], counts: {}, n: 0, unit: 'spans', coverage },
  tagSwaps: [],
  attributes: [{ tag: 'actor', attribute: 'stance', label: 'Stance', observed: figure(1), cohenKappa: figure(null), krippendorffAlpha: figure(null), spanPairs: 1, pairsWithoutValue: 0 }]
}
const result: ProjectAgreement = {
  annotators: ['ann', 'bob'],
  tags: [{ id: 'actor', label: 'Actor' }, { id: 'place', label: 'Place' }],
  documentsUsed: ['d1'],
  documentsLeftOut: [],
  sample: { documents: 1, tokens: 3, characters: 10, spans: { ann: 1, bob: 1 }, annotators: 2 },
  pairs: [pair],
  fleissKappa: null,
  krippendorffAlpha: { ...set(), coverage },
  unitizingAlpha: { ...set(), coverage },
  disagreements: []
}

describe('figureGroups', () => {
  it('lists every figure of the reports once: all tags, then each tag, then the choice attributes', () => {
    const groups = figureGroups(result)
    expect(groups.map((group) => [group.tag?.id ?? null, group.attributes])).toEqual([[null, false], ['actor', false], ['place', false], [null, true]])
    // 7 pairwise measures and α, αu (no Fleiss' κ with two annotators) per group; three attribute figures.
    expect(groups.map((group) => group.rows.length)).toEqual([9, 9, 9, 3])
    expect(groups[2]?.rows.find((row) => row.measure === 'F1, exact')?.figure.value).toBeNull()
  })
})

describe('disagreementTarget', () => {
  const disagreement: Disagreement = { documentId: 'd1', start: 4, end: 12, versions: { ann: [], bob: [{ start: 4, end: 9, tag: 'actor' }] }, kinds: ['absent'], missing: [] }

  it('opens the first listed annotator’s span there, found again by extent, tag and author, not by an id it lacks', () => {
    const target = disagreementTarget(disagreement, ['ann', 'bob'])
    expect(target).toMatchObject({ documentId: 'd1', start: 4, match: { start: 4, end: 9, tag: 'actor', author: 'bob' } })
    const annotations = [
      { id: 'a-ann', start: 4, end: 9, tag: 'actor', author: 'ann' },
      { id: 'a-bob-place', start: 4, end: 9, tag: 'place', author: 'bob' },
      { id: 'a-bob', start: 4, end: 9, tag: 'actor', author: 'bob' }
    ]
    expect(targetAnnotationId(target, annotations)).toBe('a-bob')
  })

  it('falls back to the stretch’s start when no annotator has a span there, and to no annotation when it is gone', () => {
    const target = disagreementTarget({ ...disagreement, versions: { ann: [], bob: [] } }, ['ann', 'bob'])
    expect(target).toEqual({ documentId: 'd1', annotationId: '', start: 4 })
    expect(targetAnnotationId(disagreementTarget(disagreement, ['ann', 'bob']), [{ id: 'x', start: 4, end: 10, tag: 'actor', author: 'bob' }])).toBeNull()
  })
})
