import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import type { LinkMatch, LinkPreview } from '@core/shared/model/link-matches'
import { contextOf, groupByDocument, linkMatchesSummary, previewSummary } from './link-preview'

function match(documentId: string, start: number, prefix = '', suffix = ''): LinkMatch {
  return { documentId, title: documentId, outlet: '', start, end: start + 3, quote: 'HTS', prefix, suffix, entityId: 'e', entityName: 'Hayat Tahrir al-Sham', matched: 'HTS', kind: 'tag', annotationId: null }
}

const en = createTranslator('en')
const ar = createTranslator('ar')
const ALONE = '(linked to another entity or inside a longer mention)'
const ALONE_AR = '(مربوط بكيان آخر أو داخل إشارة أطول)'

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
    expect(previewSummary(en, preview)).toBe(
      '1,200 matches in 2 articles (the first 2 are listed); the entity ‘HTS’ will be created; 1 is already linked; 2 occurrences left alone (linked to another entity or inside a longer mention). Nothing is linked until you confirm; the articles’ status does not change.'
    )
    expect(linkMatchesSummary(en, { linked: 1, tagged: 11, skipped: 1, documents: 4 })).toBe('Linked 12 mentions in 4 articles; their status is unchanged; 1 match was no longer there.')
  })

  it('reads the same with nothing to link, every match listed, or nothing linked', () => {
    const nothing: LinkPreview = { entityName: 'HTS', createsEntity: false, matches: [], total: 0, alreadyLinked: 0, skipped: 0 }
    expect(previewSummary(en, nothing)).toBe('Nothing new to link. Nothing is linked until you confirm; the articles’ status does not change.')
    const one: LinkPreview = { ...nothing, matches: [match('a', 1)], total: 1, alreadyLinked: 2, skipped: 1 }
    expect(previewSummary(en, one)).toBe(`1 match in 1 article; 2 are already linked; 1 occurrence left alone ${ALONE}. Nothing is linked until you confirm; the articles’ status does not change.`)
    expect(linkMatchesSummary(en, { linked: 0, tagged: 0, skipped: 2, documents: 0 })).toBe('Nothing was linked; 2 matches were no longer there.')
    expect(linkMatchesSummary(en, { linked: 1, tagged: 0, skipped: 0, documents: 1 })).toBe('Linked 1 mention in 1 article; their status is unchanged.')
  })

  it('says it in Arabic, with Arabic-Indic digits and the entity’s name isolated', () => {
    const preview: LinkPreview = { entityName: 'HTS', createsEntity: true, matches: [match('a', 1), match('b', 2)], total: 1_200, alreadyLinked: 1, skipped: 2 }
    expect(previewSummary(ar, preview)).toBe(
      `١٬٢٠٠ تطابق في مقالين (تظهر أول ٢ منها)؛ سيُنشأ الكيان «\u2068HTS\u2069»؛ واحد مربوط أصلاً؛ تُرك موضعان دون تغيير ${ALONE_AR}. لا يُربط شيء حتى تؤكد؛ ولا تتغير حالة المقالات.`
    )
  })

  it('counts what was linked and what was gone in the Arabic plural forms', () => {
    const linked = (n: number) => linkMatchesSummary(ar, { linked: n, tagged: 0, skipped: n, documents: n })
    expect([0, 1, 2, 3, 11, 100].map(linked)).toEqual([
      'لم يُربط شيء.',
      'رُبطت إشارة واحدة في مقال واحد؛ وحالتها لم تتغير؛ تطابق واحد لم يعد موجوداً.',
      'رُبطت إشارتان في مقالين؛ وحالتها لم تتغير؛ تطابقان لم يعودا موجودين.',
      'رُبطت ٣ إشارات في ٣ مقالات؛ وحالتها لم تتغير؛ ٣ تطابقات لم تعد موجودة.',
      'رُبطت ١١ إشارة في ١١ مقالاً؛ وحالتها لم تتغير؛ ١١ تطابقاً لم تعد موجودة.',
      'رُبطت ١٠٠ إشارة في ١٠٠ مقال؛ وحالتها لم تتغير؛ ١٠٠ تطابق لم تعد موجودة.'
    ])
  })
})
