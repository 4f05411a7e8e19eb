import { describe, expect, it } from 'vitest'
import { filterByText } from './text-filter'

const quotes = ['Hayat Tahrir al-Sham', 'HTS', 'the Syrian Arab Army', 'هيئة تحرير الشام', 'Ḥamā governor', 'militants 🇸🇾']
const filter = (typed: string) => filterByText(quotes, typed, (q) => q)

describe('filterByText', () => {
  it('keeps every item, in order, when nothing is typed', () => {
    expect(filter('   ')).toEqual(quotes)
  })

  it('matches anywhere in the text ignoring case and diacritics', () => {
    expect(filter('hts')).toEqual(['HTS'])
    expect(filter('TAHRIR')).toEqual(['Hayat Tahrir al-Sham'])
    expect(filter('hama')).toEqual(['Ḥamā governor'])
    expect(filter('arab  army')).toEqual(['the Syrian Arab Army'])
  })

  it('folds Arabic letter variants (taa marbuta, hamza forms)', () => {
    expect(filter('هيئه')).toEqual(['هيئة تحرير الشام'])
  })

  it('copes with astral characters and finds nothing for a word that is not there', () => {
    expect(filter('🇸🇾')).toEqual(['militants 🇸🇾'])
    expect(filter('rebels')).toEqual([])
  })
})
