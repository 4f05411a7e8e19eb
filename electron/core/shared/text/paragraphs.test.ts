import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../testing/helpers'
import { normalizeText } from './normalize'
import { splitParagraphs } from './paragraphs'

describe('splitParagraphs', () => {
  it('gives each blank-line paragraph its own block with UTF-16 offsets', () => {
    const text = 'Headline\n\nFirst 🙂 paragraph.\n\nSecond paragraph.'
    const blocks = splitParagraphs(text)
    expect(blocks).toEqual([
      { start: 0, end: 'Headline'.length },
      { start: text.indexOf('First'), end: text.indexOf('.') + 1 },
      { start: text.indexOf('Second'), end: text.length }
    ])
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'Headline',
      'First 🙂 paragraph.',
      'Second paragraph.'
    ])
  })

  it('keeps a single newline inside its paragraph', () => {
    const text = 'Line one\nline two\n\nNext'
    expect(splitParagraphs(text).map((b) => text.slice(b.start, b.end))).toEqual(['Line one\nline two', 'Next'])
  })

  it('treats a text without blank lines as one paragraph', () => {
    expect(splitParagraphs('Only paragraph')).toEqual([{ start: 0, end: 14 }])
  })

  it('gives an empty text one empty block', () => {
    expect(splitParagraphs('')).toEqual([{ start: 0, end: 0 }])
  })

  it('for random normalised texts: blocks in order, none holds a blank line, together they rebuild the text', () => {
    const random = seededRandom(20241203)
    const pieces = ['Hama', ' ', 'حماة', '🙂', '🇸🇾', 'e\u0301', '\n', '\n\n', '\n\n\n', 'army', '.', '\r\n']
    for (let round = 0; round < 300; round += 1) {
      let raw = ''
      const length = 1 + Math.floor(random() * 30)
      for (let i = 0; i < length; i += 1) raw += pieces[Math.floor(random() * pieces.length)]
      const text = normalizeText(raw)
      const blocks = splitParagraphs(text)
      expect(blocks.length).toBeGreaterThan(0)
      let previousEnd = -1
      for (const block of blocks) {
        expect(block.start).toBeGreaterThan(previousEnd)
        expect(block.end).toBeGreaterThanOrEqual(block.start)
        expect(text.slice(block.start, block.end)).not.toContain('\n\n')
        previousEnd = block.end
      }
      expect(blocks[0]?.start).toBe(0)
      expect(blocks.at(-1)?.end).toBe(text.length)
      expect(blocks.map((b) => text.slice(b.start, b.end)).join('\n\n')).toBe(text)
    }
  })
})
