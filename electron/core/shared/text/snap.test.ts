import { describe, expect, it } from 'vitest'
import { hasLoneSurrogate } from '../../testing/helpers'
import { moveByWord, resizeByWord, snapToWords, wordAt } from './snap'

/** Snaps the selection of `selected` (its first occurrence in `text`, shifted by `shift` chars either end). */
function snapped(text: string, selection: { start: number; end: number }, exact = false): string | null {
  const span = snapToWords(text, selection.start, selection.end, { exact })
  return span ? text.slice(span.start, span.end) : null
}

function around(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part)
  if (start < 0) throw new Error(`"${part}" is not in the text`)
  return { start, end: start + part.length }
}

describe('snapping a selection to whole words', () => {
  it('widens a drag over part of a number and part of a word to both ("2 tan" in "12 tanks")', () => {
    expect(snapped('They lost 12 tanks.', around('They lost 12 tanks.', '2 tan'))).toBe('12 tanks')
  })

  it('trims spaces, quotes, commas and full stops around the words', () => {
    const text = 'He said: “Hama fell,” then left.'
    expect(snapped(text, around(text, ' “Hama fell,” '))).toBe('Hama fell')
    expect(snapped(text, around(text, 'ama fell,'))).toBe('Hama fell')
    const brackets = 'Troops (the 25th Division) — again — moved.'
    expect(snapped(brackets, around(brackets, '(the 25th Division) —'))).toBe('the 25th Division')
    expect(snapped("'single' «guillemets» „low“", around("'single' «guillemets» „low“", "'single' «guillemets» „low“"))).toBe(
      "single' «guillemets» „low"
    )
  })

  it('keeps the punctuation inside a span and numbers with separators whole', () => {
    const text = 'About 1,300 fighters; 3,500-4,000 displaced.'
    expect(snapped(text, around(text, '300 fight'))).toBe('1,300 fighters')
    expect(snapped(text, around(text, '500-4,0'))).toBe('3,500-4,000')
  })

  it('snaps Arabic with diacritics and trims Arabic punctuation (، ؛ ؟ and guillemets)', () => {
    const text = 'قال «المُتحدِّث»، إن ١٢ دبابة دُمِّرت؟ نعم؛'
    expect(snapped(text, around(text, 'تحدِّث»، '))).toBe('المُتحدِّث')
    expect(snapped(text, around(text, '٢ دبا'))).toBe('١٢ دبابة')
    expect(snapped(text, around(text, 'ت؟ نع'))).toBe('دُمِّرت؟ نعم')
    expect(snapped(text, around(text, 'م؛'))).toBe('نعم')
  })

  it('snaps Hebrew whole, including an acronym written with gershayim (INCEpTION #2837)', () => {
    const text = 'צה״ל הודיע היום.'
    expect(snapped(text, around(text, 'ל הוד'))).toBe('צה״ל הודיע')
    expect(snapped(text, around(text, 'ום.'))).toBe('היום')
  })

  it('never splits an emoji, a flag, a family emoji or a decomposed accent', () => {
    const text = 'Flags 🇸🇾 and 👩‍👩‍👧 families in Mare\u0301 today'
    const flag = text.indexOf('🇸🇾')
    const cutFlag = snapToWords(text, flag + 2, flag + 6)
    expect(cutFlag && text.slice(cutFlag.start, cutFlag.end)).toBe('🇸🇾 and')
    const family = text.indexOf('👩‍👩‍👧')
    const cutFamily = snapToWords(text, family + 3, family + 5)
    expect(cutFamily && text.slice(cutFamily.start, cutFamily.end)).toBe('👩‍👩‍👧')
    const accent = text.indexOf('\u0301')
    expect(snapped(text, { start: accent, end: accent + 3 })).toBe('Mare\u0301 today')
    for (let start = 0; start < text.length; start += 1) {
      for (let end = start + 1; end <= text.length; end += 3) {
        const span = snapToWords(text, start, end)
        if (span) expect(hasLoneSurrogate(text.slice(span.start, span.end))).toBe(false)
      }
    }
  })

  it('returns nothing for a selection of only spaces and punctuation', () => {
    expect(snapToWords('Yes, — no.', 3, 7)).toBeNull()
    expect(snapToWords('Hama', 2, 2)).toBeNull()
  })

  it('in exact mode (Alt) keeps the characters selected, widened only to whole characters', () => {
    const text = 'They lost 12 tanks, 🇸🇾 too.'
    expect(snapped(text, around(text, '2 tan'), true)).toBe('2 tan')
    expect(snapped(text, around(text, 'tanks, '), true)).toBe('tanks, ')
    const flag = text.indexOf('🇸🇾')
    expect(snapped(text, { start: flag + 1, end: flag + 3 }, true)).toBe('🇸🇾')
  })

  it('accepts the edges in either order and spans paragraph breaks', () => {
    const text = 'First paragraph ends.\n\nSecond starts here.'
    expect(snapped(text, { start: text.indexOf('Second') + 3, end: text.indexOf('ends') + 1 })).toBe('ends.\n\nSecond')
  })
})

describe('words for double-click and resize', () => {
  const text = 'Near Hama, ١٢ دبابة 🔥 today.'

  it('finds the word under the pointer, or the word just before it', () => {
    const word = (offset: number) => {
      const span = wordAt(text, offset)
      return span && text.slice(span.start, span.end)
    }
    expect(word(text.indexOf('ama'))).toBe('Hama')
    expect(word(text.indexOf(','))).toBe('Hama')
    expect(word(text.indexOf('٢'))).toBe('١٢')
    expect(word(text.indexOf('🔥'))).toBeNull()
  })

  it('moves an end or a start by one word, skipping spaces, punctuation and emoji', () => {
    expect(moveByWord(text, text.indexOf('Hama') + 4, 'forward', 'end')).toBe(text.indexOf('١٢') + 2)
    expect(moveByWord(text, text.indexOf('دبابة') + 5, 'forward', 'end')).toBe(text.indexOf('today') + 5)
    expect(moveByWord(text, text.indexOf('today') + 5, 'forward', 'end')).toBe(text.indexOf('today') + 5)
    expect(moveByWord(text, text.indexOf('Hama'), 'backward', 'start')).toBe(0)
    expect(moveByWord(text, 0, 'backward', 'start')).toBe(0)
    expect(moveByWord(text, text.indexOf('Hama'), 'forward', 'start')).toBe(text.indexOf('١٢'))
  })

  it('resizes a span by a word at either edge and refuses to empty it', () => {
    const hama = { start: text.indexOf('Hama'), end: text.indexOf('Hama') + 4 }
    const longer = resizeByWord(text, hama, 'end', 'forward')
    expect(longer && text.slice(longer.start, longer.end)).toBe('Hama, ١٢')
    const earlier = resizeByWord(text, hama, 'start', 'backward')
    expect(earlier && text.slice(earlier.start, earlier.end)).toBe('Near Hama')
    expect(resizeByWord(text, hama, 'end', 'backward')).toBeNull()
    expect(resizeByWord(text, hama, 'start', 'forward')).toBeNull()
  })

  it('stays fast on a long document: snapping looks only near the selection', () => {
    const long = 'word '.repeat(400_000)
    const began = performance.now()
    for (let i = 0; i < 1_000; i += 1) snapToWords(long, 1_000_001 + i, 1_000_010 + i)
    expect(performance.now() - began).toBeLessThan(2_000)
  })
})
