import { describe, expect, it } from 'vitest'
import { highlightLabel } from './highlight-focus'

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
})
