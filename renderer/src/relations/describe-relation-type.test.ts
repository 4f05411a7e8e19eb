import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import type { TagDefinition } from '@core/shared/model/project'
import type { RelationTypeDefinition } from '@core/shared/model/relation-types'
import { describeRelationType, orList } from './describe-relation-type'

const en = createTranslator('en')
const ar = createTranslator('ar')
const iso = (text: string) => `\u2068${text}\u2069`
const tags: Pick<TagDefinition, 'id' | 'label'>[] = [
  { id: 'claim', label: 'Claim' },
  { id: 'actor', label: 'Actor' },
  { id: 'place', label: 'مكان' }
]
const type = (overrides: Partial<RelationTypeDefinition>): RelationTypeDefinition => ({
  id: 'contradicts',
  label: 'contradicts',
  from: ['claim'],
  to: ['claim'],
  directed: true,
  crossDocument: false,
  ...overrides
})

describe('describeRelationType', () => {
  it('names the tags each end takes, by their labels, with the arrow of a directed type', () => {
    expect(describeRelationType(en, type({}), tags)).toBe('Claim → Claim')
    expect(describeRelationType(en, type({ from: ['actor', 'place', 'event'], directed: false, crossDocument: true }), tags)).toBe('Actor or مكان or event ↔ Claim, across documents')
  })

  it('points the arrow the way Arabic reads and keeps the tag labels as the user wrote them', () => {
    expect(describeRelationType(ar, type({ from: ['actor', 'place'], crossDocument: true }), tags)).toBe(`${iso('Actor')} أو ${iso('مكان')} ← ${iso('Claim')}، عبر المقالات`)
    expect(describeRelationType(ar, type({ directed: false }), tags)).toBe(`${iso('Claim')} ↔ ${iso('Claim')}`)
  })
})

describe('orList', () => {
  it('joins with "or" alone, and gives nothing for no items', () => {
    expect(orList(en, ['actor', 'place', 'claim'])).toBe('actor or place or claim')
    expect(orList(en, ['actor'])).toBe('actor')
    expect(orList(en, [])).toBe('')
    expect(orList(ar, ['actor', 'place'])).toBe(`${iso('actor')} أو ${iso('place')}`)
  })
})
