import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../testing/helpers'
import { createCodePointCounter } from './code-points'

/** Every offset that does not fall inside a surrogate pair, 0 and text.length included. */
function codePointBoundaries(text: string): number[] {
  const offsets = [0]
  for (const char of text) offsets.push((offsets.at(-1) ?? 0) + char.length)
  return offsets
}

function expectMatchesArrayFrom(text: string): void {
  const count = createCodePointCounter(text)
  for (const offset of codePointBoundaries(text)) {
    expect(count(offset), `offset ${offset}`).toBe(Array.from(text.slice(0, offset)).length)
  }
}

describe('createCodePointCounter', () => {
  it('counts code points before each boundary in a text of ASCII, emoji, Arabic, flags and combining marks', () => {
    const text = 'Hama 🙂 حماة 🇸🇾 café مُدُن 🙂🙂 end 𝔸'
    expect(text.length).toBeGreaterThan(Array.from(text).length)
    expectMatchesArrayFrom(text)
  })

  it('is the identity on text without astral characters', () => {
    const text = 'حماة — Hama, e\u0301\u0308'
    const count = createCodePointCounter(text)
    for (let offset = 0; offset <= text.length; offset += 1) expect(count(offset)).toBe(offset)
  })

  it('counts every emoji before the offset, one each', () => {
    const text = '🙂🙂🙂abc'
    const count = createCodePointCounter(text)
    expect(count(6)).toBe(3)
    expect(count(text.length)).toBe(6)
  })

  it('counts a lone surrogate as one code point, as Array.from does', () => {
    expectMatchesArrayFrom('a\uD83Db\uDE42c🙂\uD83D')
  })

  it('matches Array.from on random mixed texts', () => {
    const random = seededRandom(1347)
    const pieces = ['a', ' ', 'ح', 'م', 'ا', 'ة', '🙂', '🇸', '🇾', '\u0301', '\n', '𝔸', 'é']
    for (let round = 0; round < 200; round += 1) {
      let text = ''
      const length = Math.floor(random() * 60)
      for (let i = 0; i < length; i += 1) text += pieces[Math.floor(random() * pieces.length)]
      expectMatchesArrayFrom(text)
    }
  })
})
