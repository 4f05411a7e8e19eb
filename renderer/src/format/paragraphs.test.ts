import { describe, expect, it } from 'vitest'
import { paragraphAt, paragraphStarts, paragraphsOfRepeatedQuotes } from './paragraphs'

describe('paragraph numbers for repeated quotes', () => {
  const text = 'Headline 🇸🇾\n\nHama is quiet.\nحماة 🙂 Hama again.\n\n\nLast: Hama.'
  const at = (needle: string, from = 0) => text.indexOf(needle, from)

  it('numbers paragraphs across single, double and triple line breaks, after astral characters', () => {
    const starts = paragraphStarts(text)
    expect(paragraphAt(starts, 0)).toBe(1)
    expect(paragraphAt(starts, at('Hama is'))).toBe(2)
    expect(paragraphAt(starts, at('Hama again'))).toBe(3)
    expect(paragraphAt(starts, at('Hama.'))).toBe(4)
    expect(paragraphAt(starts, text.length)).toBe(4)
  })

  it('gives a number only to quotes that occur more than once', () => {
    const annotations = [
      { id: 'a', quote: 'Headline', start: 0 },
      { id: 'b', quote: 'Hama', start: at('Hama is') },
      { id: 'c', quote: 'Hama', start: at('Hama again') },
      { id: 'd', quote: 'Hama', start: at('Hama.') }
    ]
    expect(Object.fromEntries(paragraphsOfRepeatedQuotes(text, annotations))).toEqual({ b: 2, c: 3, d: 4 })
  })
})
