import { describe, expect, it } from 'vitest'
import type { Entity } from '@core/shared/model/entity'
import { linkAllSummary } from './link-all-summary'

const entity: Entity = {
  id: 'e1',
  name: 'Hayat Tahrir al-Sham',
  type: 'actor',
  aliases: ['HTS'],
  note: '',
  coordinates: null,
  createdAt: '2026-11-22T07:00:00.000Z',
  updatedAt: '2026-11-22T07:00:00.000Z'
}

describe('linkAllSummary', () => {
  it('reports linked, tagged, already linked and skipped counts in words', () => {
    expect(linkAllSummary({ entity, linked: 1, tagged: 3, alreadyLinked: 2, skipped: 1, documents: 4 })).toBe(
      'Linked 1 tagged mention and tagged and linked 3 new occurrences to ‘Hayat Tahrir al-Sham’ in 4 articles; their status is unchanged; 2 were already linked; 1 occurrence left alone (linked to another entity or inside a longer mention).'
    )
  })

  it('says so when nothing new was linked', () => {
    expect(linkAllSummary({ entity, linked: 0, tagged: 0, alreadyLinked: 1, skipped: 0, documents: 0 })).toBe(
      'No new mentions of ‘Hayat Tahrir al-Sham’ to link; 1 was already linked.'
    )
  })

  it('uses the singular for one article and groups large numbers', () => {
    expect(linkAllSummary({ entity, linked: 0, tagged: 12_345, alreadyLinked: 0, skipped: 0, documents: 1 })).toBe(
      'Tagged and linked 12,345 new occurrences to ‘Hayat Tahrir al-Sham’ in 1 article; their status is unchanged.'
    )
  })
})
