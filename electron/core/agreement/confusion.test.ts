import { describe, expect, it } from 'vitest'
import { spanConfusion, tagSwaps, tokenConfusion } from './confusion'
import { NONE, type AgreementDocument } from './types'

// Tokens: Assad | forces | shelled | Hama | today. Bob calls "Assad" a place where Ann has an actor.
const documents: AgreementDocument[] = [
  {
    id: 'd1',
    text: 'Assad forces shelled Hama today',
    layers: {
      ann: [{ start: 0, end: 12, tag: 'actor' }, { start: 21, end: 25, tag: 'place' }],
      bob: [{ start: 0, end: 5, tag: 'place' }, { start: 21, end: 25, tag: 'place' }]
    }
  },
  { id: 'd2', text: 'Hama', layers: { ann: [{ start: 0, end: 4, tag: 'actor' }] } }
]

describe('confusion tables', () => {
  it('count token labels row by column, and leave out a document one annotator lacks', () => {
    // Ann: actor actor none place none; Bob: place none none place none.
    const table = tokenConfusion(documents, ['ann', 'bob'])
    expect(table.labels).toEqual(['actor', 'place', NONE])
    expect(table.counts).toEqual({
      actor: { actor: 0, place: 1, [NONE]: 1 },
      place: { actor: 0, place: 1, [NONE]: 0 },
      [NONE]: { actor: 0, place: 0, [NONE]: 2 }
    })
    expect(table.n).toBe(5)
    expect(table.coverage.documentsLeftOut).toEqual(['d2'])
  })

  it('pair overlapping spans of one tag first, then the swaps, and name the swapped tags', () => {
    const table = spanConfusion(documents, ['ann', 'bob'])
    expect(table.counts['place']?.['place']).toBe(1)
    expect(table.counts['actor']?.['place']).toBe(1)
    expect(table.n).toBe(2)
    expect(tagSwaps(table)).toEqual([{ first: 'actor', second: 'place', count: 1 }])
    // A span nobody else overlaps is counted against NONE.
    const alone = spanConfusion([{ id: 'd', text: 'Hama', layers: { ann: [{ start: 0, end: 4, tag: 'place' }], bob: [] } }], ['ann', 'bob'])
    expect(alone.counts['place']?.[NONE]).toBe(1)
    expect(tagSwaps(alone)).toEqual([])
  })

  it('are empty, not failing, on an empty corpus', () => {
    expect(tokenConfusion([], ['ann', 'bob'])).toMatchObject({ labels: [NONE], n: 0 })
  })
})
