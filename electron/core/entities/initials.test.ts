import { describe, expect, it } from 'vitest'
import type { Entity } from '../shared/model/entity'
import { initialsOf, matchesInitials } from './initials'
import { searchKey } from './occurrences'
import { searchEntities } from './search'

const matches = (query: string, name: string): boolean => matchesInitials(searchKey(query), searchKey(name))

function entity(name: string, aliases: string[] = [], type = 'actor'): Entity {
  const now = '2024-01-01T00:00:00.000Z'
  return { id: name, name, type, aliases, note: '', coordinates: null, createdAt: now, updatedAt: now }
}

describe('initials of entity names', () => {
  it('skips the article joined by a hyphen, so HTS is Hayat Tahrir al-Sham (any case, dotted or spaced)', () => {
    expect(initialsOf(searchKey('Hayat Tahrir al-Sham'))).toContain('hts')
    for (const query of ['HTS', 'hts', 'H.T.S.', 'h t s']) expect(matches(query, 'Hayat Tahrir al-Sham')).toBe(true)
    expect(matches('HTS', 'Hay’at Taḥrīr al‑Shām')).toBe(true)
    expect(matches('HTAS', 'Hayat Tahrir al-Sham')).toBe(false)
  })

  it('skips a separate article and the function words of a long name, and also accepts every word’s initial', () => {
    expect(matches('ISIL', 'The Islamic State of Iraq and the Levant')).toBe(true)
    expect(matches('ISIS', 'Islamic State of Iraq and al Sham')).toBe(true)
    expect(matches('SDF', 'Syrian Democratic Forces')).toBe(true)
    expect(matches('BOA', 'Bank of America')).toBe(true)
    expect(matches('SD', 'Syrian Democratic Forces')).toBe(false)
  })

  it('takes Arabic initials after the fused article ال, the conjunction و and the word في', () => {
    expect(matches('هتش', 'هيئة تحرير الشام')).toBe(true)
    expect(matches('داعش', 'الدولة الإسلامية في العراق والشام')).toBe(true)
    expect(matches('قسد', 'قوات سوريا الديمقراطية')).toBe(true)
    expect(matches('قسا', 'قوات سوريا الديمقراطية')).toBe(false)
  })

  it('gives a one-word name no initials: a single letter or two letters never stand for it', () => {
    expect(initialsOf(searchKey('Hezbollah'))).toEqual([])
    expect(initialsOf(searchKey('al-Nusra'))).toEqual([])
    expect(matches('H', 'Hezbollah')).toBe(false)
    expect(matches('HE', 'Hezbollah')).toBe(false)
  })

  it('does not read a query of real words as an acronym', () => {
    expect(matches('hama city', 'Hama City Council')).toBe(false)
  })
})

describe('entity search by initials', () => {
  const entities = [entity('Hayat Tahrir al-Sham'), entity('Syrian Arab Army', ['SAA']), entity('Hezbollah'), entity('هيئة تحرير الشام', [], 'place')]

  it('finds Hayat Tahrir al-Sham for HTS, though HTS is not one of its aliases', () => {
    expect(searchEntities(entities, { query: 'HTS', limit: 8 }).map((e) => e.name)).toEqual(['Hayat Tahrir al-Sham'])
  })

  it('finds an Arabic name by its Arabic initials, within the type asked for', () => {
    expect(searchEntities(entities, { query: 'هتش', limit: 8 }).map((e) => e.name)).toEqual(['هيئة تحرير الشام'])
    expect(searchEntities(entities, { query: 'هتش', type: 'actor', limit: 8 })).toEqual([])
  })

  it('still finds names by their beginning and aliases by their text', () => {
    expect(searchEntities(entities, { query: 'he', limit: 8 }).map((e) => e.name)).toEqual(['Hezbollah'])
    expect(searchEntities(entities, { query: 'saa', limit: 8 }).map((e) => e.name)).toEqual(['Syrian Arab Army'])
  })
})
