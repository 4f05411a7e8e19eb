import { describe, expect, it } from 'vitest'
import { disagreements } from './disagreements'
import type { AgreementDocument } from './types'

describe('the list of disagreements', () => {
  it('sets agreed spans aside, groups what is left by overlap, and says what differs', () => {
    const documents: AgreementDocument[] = [
      {
        id: 'd1',
        text: 'Assad forces shelled Hama today',
        layers: {
          // Both mark the whole sentence a claim and "Hama" a place: agreed, so not listed, and the claim does
          // not swallow the stretches inside it.
          ann: [{ start: 0, end: 31, tag: 'claim' }, { start: 0, end: 12, tag: 'actor' }, { start: 21, end: 25, tag: 'place' }],
          bob: [{ start: 0, end: 31, tag: 'claim' }, { start: 0, end: 5, tag: 'actor' }, { start: 21, end: 25, tag: 'place' }, { start: 26, end: 31, tag: 'place' }]
        }
      },
      { id: 'd2', text: 'Hama', layers: { ann: [{ start: 0, end: 4, tag: 'place' }] } }
    ]
    expect(disagreements(documents, ['ann', 'bob', 'cem'])).toEqual([
      {
        documentId: 'd1',
        start: 0,
        end: 12,
        versions: { ann: [{ start: 0, end: 12, tag: 'actor' }], bob: [{ start: 0, end: 5, tag: 'actor' }] },
        kinds: ['boundaries'],
        missing: ['cem']
      },
      { documentId: 'd1', start: 26, end: 31, versions: { ann: [], bob: [{ start: 26, end: 31, tag: 'place' }] }, kinds: ['absent'], missing: ['cem'] }
    ])
  })

  it('names a tag swap, and finds nothing where only one annotator is present or the corpus is empty', () => {
    const swap: AgreementDocument[] = [{ id: 'd', text: 'Hama', layers: { ann: [{ start: 0, end: 4, tag: 'place' }], bob: [{ start: 0, end: 4, tag: 'actor' }] } }]
    expect(disagreements(swap, ['ann', 'bob'])[0]?.kinds).toEqual(['tag'])
    expect(disagreements([{ id: 'd', text: 'Hama', layers: { ann: [{ start: 0, end: 4, tag: 'place' }] } }], ['ann', 'bob'])).toEqual([])
    expect(disagreements([], ['ann', 'bob'])).toEqual([])
  })
})
