import { describe, expect, it } from 'vitest'
import type { LinkMatch, LinkPreview } from '@core/shared/model/link-matches'
import { contextOf, groupByDocument, linkMatchesSummary, previewSummary } from './link-preview'

function match(documentId: string, start: number, prefix = '', suffix = ''): LinkMatch {
  return { documentId, title: documentId, outlet: '', start, end: start + 3, quote: 'HTS', prefix, suffix, entityId: 'e', entityName: 'Hayat Tahrir al-Sham', matched: 'HTS', kind: 'tag', annotationId: null }
}

describe('the Link all preview', () => {
  it('keeps a match’s context inside its paragraph, so an English line does not run into an Arabic one', () => {
    expect(contextOf({ prefix: 'advanced on Tuesday.\nوقالت ', suffix: ' إنها سيطرت\nNext' })).toEqual({ before: 'وقالت ', after: ' إنها سيطرت' })
    expect(contextOf({ prefix: 'the militant faction ', suffix: ' and its' })).toEqual({ before: '…the militant faction ', after: ' and its…' })
    expect(contextOf({ prefix: '', suffix: '' })).toEqual({ before: '', after: '' })
  })

  it('groups matches by article in the order given', () => {
    const groups = groupByDocument([match('a', 1), match('b', 2), match('a', 9)])
    expect(groups.map((g) => [g.documentId, g.matches.map((m) => m.start)])).toEqual([
      ['a', [1, 9]],
      ['b', [2]]
    ])
  })

  it('says how many, where, what stays as it is, and that nothing is written before the confirmation', () => {
    const preview: LinkPreview = { entityName: 'HTS', createsEntity: true, matches: [match('a', 1), match('b', 2)], total: 1_200, alreadyLinked: 1, skipped: 2 }
    expect(previewSummary(preview)).toBe(
      '1,200 matches in 2 articles (the first 2 are listed); the entity ‘HTS’ will be created; 1 is already linked; 2 occurrences left alone (linked to another entity or inside a longer mention). Nothing is linked until you confirm; the articles’ status does not change.'
    )
    expect(linkMatchesSummary({ linked: 1, tagged: 11, skipped: 1, documents: 4 })).toBe('Linked 12 mentions in 4 articles; their status is unchanged; 1 match was no longer there.')
  })
})
