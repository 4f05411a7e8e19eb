import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
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

const en = createTranslator('en')
const ar = createTranslator('ar')
const name = '\u2068Hayat Tahrir al-Sham\u2069'

describe('linkAllSummary', () => {
  it('reports linked, tagged, already linked and skipped counts in words', () => {
    expect(linkAllSummary(en, { entity, linked: 1, tagged: 3, alreadyLinked: 2, skipped: 1, documents: 4 })).toBe(
      'Linked 1 tagged mention and tagged and linked 3 new occurrences to ‘Hayat Tahrir al-Sham’ in 4 articles; their status is unchanged; 2 were already linked; 1 occurrence left alone (linked to another entity or inside a longer mention).'
    )
  })

  it('reads the same when only tagged mentions were linked, with plural counts', () => {
    expect(linkAllSummary(en, { entity, linked: 2, tagged: 0, alreadyLinked: 1, skipped: 2, documents: 1 })).toBe(
      'Linked 2 tagged mentions to ‘Hayat Tahrir al-Sham’ in 1 article; their status is unchanged; 1 was already linked; 2 occurrences left alone (linked to another entity or inside a longer mention).'
    )
  })

  it('says so when nothing new was linked', () => {
    expect(linkAllSummary(en, { entity, linked: 0, tagged: 0, alreadyLinked: 1, skipped: 0, documents: 0 })).toBe(
      'No new mentions of ‘Hayat Tahrir al-Sham’ to link; 1 was already linked.'
    )
  })

  it('uses the singular for one article and groups large numbers', () => {
    expect(linkAllSummary(en, { entity, linked: 0, tagged: 12_345, alreadyLinked: 0, skipped: 0, documents: 1 })).toBe(
      'Tagged and linked 12,345 new occurrences to ‘Hayat Tahrir al-Sham’ in 1 article; their status is unchanged.'
    )
  })

  it('says it in Arabic, each count in the plural form it takes and in Arabic-Indic digits', () => {
    expect(linkAllSummary(ar, { entity, linked: 1, tagged: 3, alreadyLinked: 2, skipped: 1, documents: 4 })).toBe(
      `رُبطت إشارة موسومة واحدة ووُسم ورُبط ٣ مواضع جديدة بـ«${name}» في ٤ مقالات؛ وحالتها لم تتغير؛ اثنان كانا مربوطين أصلاً؛ تُرك موضع واحد دون تغيير (مربوط بكيان آخر أو داخل إشارة أطول).`
    )
    expect(linkAllSummary(ar, { entity, linked: 0, tagged: 0, alreadyLinked: 0, skipped: 0, documents: 0 })).toBe(`لا إشارات جديدة إلى «${name}» لربطها.`)
    const tagged = (n: number) => linkAllSummary(ar, { entity, linked: 0, tagged: n, alreadyLinked: 0, skipped: 0, documents: n })
    expect([1, 2, 3, 11, 100].map(tagged)).toEqual([
      `وُسم ورُبط موضع جديد واحد بـ«${name}» في مقال واحد؛ وحالتها لم تتغير.`,
      `وُسم ورُبط موضعان جديدان بـ«${name}» في مقالين؛ وحالتها لم تتغير.`,
      `وُسم ورُبط ٣ مواضع جديدة بـ«${name}» في ٣ مقالات؛ وحالتها لم تتغير.`,
      `وُسم ورُبط ١١ موضعاً جديداً بـ«${name}» في ١١ مقالاً؛ وحالتها لم تتغير.`,
      `وُسم ورُبط ١٠٠ موضع جديد بـ«${name}» في ١٠٠ مقال؛ وحالتها لم تتغير.`
    ])
  })

  it('counts what was left alone in Arabic, from none to a hundred', () => {
    const skipped = (n: number) => linkAllSummary(ar, { entity, linked: 1, tagged: 0, alreadyLinked: n, skipped: n, documents: 1 }).split('؛ ').slice(2).join('؛ ')
    expect([0, 1, 2, 3, 11, 100].map(skipped)).toEqual([
      '',
      'واحد كان مربوطاً أصلاً؛ تُرك موضع واحد دون تغيير (مربوط بكيان آخر أو داخل إشارة أطول).',
      'اثنان كانا مربوطين أصلاً؛ تُرك موضعان دون تغيير (مربوط بكيان آخر أو داخل إشارة أطول).',
      '٣ كانت مربوطة أصلاً؛ تُرك ٣ مواضع دون تغيير (مربوط بكيان آخر أو داخل إشارة أطول).',
      '١١ كانت مربوطة أصلاً؛ تُرك ١١ موضعاً دون تغيير (مربوط بكيان آخر أو داخل إشارة أطول).',
      '١٠٠ كانت مربوطة أصلاً؛ تُرك ١٠٠ موضع دون تغيير (مربوط بكيان آخر أو داخل إشارة أطول).'
    ])
  })
})
