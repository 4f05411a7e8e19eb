import { describe, expect, it } from 'vitest'
import type { AttributeDefinition } from '@core/shared/model/attributes'
import { DEFAULT_TAGS } from '@core/shared/model/project'
import { claimQuery, filterableAttributes, NO_CLAIM_FILTERS, NO_STANCE, nextSort } from './claims-query'

const CLAIM_ATTRIBUTES: AttributeDefinition[] = [
  ...(DEFAULT_TAGS.find((t) => t.id === 'claim')?.attributes ?? []),
  { id: 'verified', label: 'Verified', type: 'flag' },
  { id: 'source_kind', label: 'Source kind', type: 'choice', values: ['official', 'witness'] }
]
const SORT = { by: 'date', direction: 'asc' } as const

describe('claimQuery', () => {
  it('asks for everything, sorted, when no filter is set', () => {
    expect(claimQuery(NO_CLAIM_FILTERS, SORT, CLAIM_ATTRIBUTES)).toEqual({ sort: SORT })
  })

  it('turns each chosen filter into the core query, a flag into a boolean and "no stance" into null', () => {
    const query = claimQuery(
      { outlet: '', entityId: 'e1', stance: NO_STANCE, attributes: { verified: 'false', source_kind: 'witness', attributed_to: 'x' }, text: '  قتل 🇸🇾 ' },
      { by: 'actor', direction: 'desc' },
      CLAIM_ATTRIBUTES
    )
    expect(query).toEqual({
      outlets: [''],
      entityId: 'e1',
      stances: [null],
      attributes: { verified: false, source_kind: 'witness' },
      text: 'قتل 🇸🇾',
      sort: { by: 'actor', direction: 'desc' }
    })
  })

  it('offers choice and flag attributes, never stance (it has its own filter) nor free text', () => {
    expect(filterableAttributes(CLAIM_ATTRIBUTES).map((a) => a.id)).toEqual(['verified', 'source_kind'])
  })
})

describe('nextSort', () => {
  it('flips the direction on the sorted column and starts another column ascending', () => {
    expect(nextSort(SORT, 'date')).toEqual({ by: 'date', direction: 'desc' })
    expect(nextSort({ by: 'date', direction: 'desc' }, 'date')).toEqual({ by: 'date', direction: 'asc' })
    expect(nextSort({ by: 'date', direction: 'desc' }, 'outlet')).toEqual({ by: 'outlet', direction: 'asc' })
  })
})
