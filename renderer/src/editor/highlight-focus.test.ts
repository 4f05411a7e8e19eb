import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import { highlightAttributes } from './chunk-decorations'
import { highlightLabel, highlightNames } from './highlight-focus'

const english = createTranslator('en')
const arabic = createTranslator('ar')

describe('highlightLabel', () => {
  it('names a highlight by its tag and text', () => {
    expect(highlightLabel('Actor', 'Hama')).toBe('Actor: Hama')
  })

  it('puts a span across paragraphs on one line', () => {
    expect(highlightLabel('Claim', 'city.\n\nThe army')).toBe('Claim: city. The army')
  })

  it('cuts a long quote without splitting an emoji or flag', () => {
    const quote = `${'a'.repeat(78)}🇸🇾 and more words`
    expect(highlightLabel('Claim', quote)).toBe(`Claim: ${'a'.repeat(78)}🇸🇾…`)
  })

  it('keeps a quote of exactly the limit whole, and cuts one a character longer', () => {
    expect(highlightLabel('Claim', 'a'.repeat(80))).toBe(`Claim: ${'a'.repeat(80)}`)
    expect(highlightLabel('Claim', 'a'.repeat(81))).toBe(`Claim: ${'a'.repeat(79)}…`)
  })

  it('keeps whole a quote longer than the limit in UTF-16 units but not in characters', () => {
    const flags = '🇸🇾'.repeat(40)
    expect(flags.length).toBe(160)
    expect(highlightLabel('Place', flags)).toBe(`Place: ${flags}`)
  })
})

describe('highlightNames', () => {
  it('says in English what a saved highlight is, as it always did', () => {
    expect(highlightNames(english, 'Actor', { quote: 'Hama' })).toEqual({ label: 'Actor: Hama', roleDescription: 'highlight' })
  })

  it('says in English that a pending highlight is not saved, and that a deleted one is going', () => {
    expect(highlightNames(english, 'Actor', { quote: 'Hama', pending: 'create' }).description).toBe('not saved yet')
    expect(highlightNames(english, 'Actor', { quote: 'Hama', pending: 'retag' }).description).toBe('not saved yet')
    expect(highlightNames(english, 'Actor', { quote: 'Hama', pending: 'delete' }).description).toBe('being deleted, not saved yet')
  })

  it('says it in Arabic, leaving the tag name and the quote as the user wrote them', () => {
    const names = highlightNames(arabic, 'Place', { quote: 'حماة', pending: 'delete' })
    expect(names).toEqual({ label: 'Place: حماة', roleDescription: 'مقطع', description: 'قيد الحذف، لم يُحفظ بعد' })
  })

  it('puts the names on the highlight’s mark, and no description once it is saved', () => {
    const base = { id: 'a1', tag: 'place', start: 0, end: 4, selected: false }
    const pending = highlightAttributes({ ...base, pending: 'create', ...highlightNames(arabic, 'Place', { quote: 'حماة', pending: 'create' }) })
    expect(pending).toMatchObject({ 'aria-label': 'Place: حماة', 'aria-roledescription': 'مقطع', 'aria-description': 'لم يُحفظ بعد' })
    const saved = highlightAttributes({ ...base, ...highlightNames(english, 'Place', { quote: 'Hama' }) })
    expect(saved).toMatchObject({ 'aria-label': 'Place: Hama', 'aria-roledescription': 'highlight' })
    expect(saved).not.toHaveProperty('aria-description')
  })
})
