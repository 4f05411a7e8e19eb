import { describe, expect, it } from 'vitest'
import { hasLoneSurrogate } from '../../testing/helpers'
import { isCodePointBoundary, quoteWithContext, trimSpan } from './spans'

const FLAG = '🇸🇾' // two regional-indicator symbols, each an astral character (two UTF-16 units)

describe('isCodePointBoundary', () => {
  it('is false only between the two halves of an emoji', () => {
    const text = 'a🙂b'
    expect([0, 1, 2, 3, 4].map((offset) => isCodePointBoundary(text, offset))).toEqual([true, true, false, true, true])
  })

  it('sees both astral characters of a flag', () => {
    expect(FLAG.length).toBe(4)
    expect([0, 1, 2, 3, 4].map((offset) => isCodePointBoundary(FLAG, offset))).toEqual([true, false, true, false, true])
  })

  it('treats the ends of the text (and beyond) as boundaries', () => {
    expect(isCodePointBoundary('🙂', 0)).toBe(true)
    expect(isCodePointBoundary('🙂', 2)).toBe(true)
    expect(isCodePointBoundary('🙂', -1)).toBe(true)
    expect(isCodePointBoundary('🙂', 5)).toBe(true)
  })

  it('agrees with the string iterator on every offset of a mixed text', () => {
    const text = `x🙂حماة${FLAG}e\u0301z🙂`
    const boundaries = new Set<number>([0])
    let offset = 0
    for (const char of text) boundaries.add((offset += char.length))
    for (let i = 0; i <= text.length; i += 1) expect(isCodePointBoundary(text, i), `offset ${i}`).toBe(boundaries.has(i))
  })
})

describe('quoteWithContext', () => {
  it('quotes the span with the text just before and after it', () => {
    const text = 'The Syrian army announced it had entered the Hama countryside with its largest convoy.'
    const start = text.indexOf('Hama')
    const { quote, prefix, suffix } = quoteWithContext(text, start, start + 4)
    expect(quote).toBe('Hama')
    expect(text.slice(0, start).endsWith(prefix)).toBe(true)
    expect(text.slice(start + 4).startsWith(suffix)).toBe(true)
    expect(prefix.length).toBe(32)
    expect(suffix.length).toBe(32)
  })

  it('gives shorter context at the edges of the text', () => {
    expect(quoteWithContext('Hama fell', 0, 4)).toEqual({ quote: 'Hama', prefix: '', suffix: ' fell' })
    expect(quoteWithContext('Hama fell', 5, 9)).toEqual({ quote: 'fell', prefix: 'Hama ', suffix: '' })
  })

  it('never cuts a surrogate pair in the prefix or suffix, wherever the span lies', () => {
    // Emoji and flags at every parity, so the 32-unit context edge falls inside a pair for many spans.
    const text = `🙂a${FLAG}bb🙂حماة🙂🙂c${FLAG}🙂d🙂🙂🙂e${FLAG}${FLAG}f🙂g🙂🙂h🙂`.repeat(3)
    const boundaries: number[] = [0]
    for (const char of text) boundaries.push((boundaries.at(-1) ?? 0) + char.length)
    let cutsAvoided = 0
    for (const start of boundaries) {
      for (const end of boundaries) {
        if (end <= start) continue
        const { quote, prefix, suffix } = quoteWithContext(text, start, end)
        expect(quote).toBe(text.slice(start, end))
        expect(hasLoneSurrogate(prefix), `prefix of ${start}-${end}`).toBe(false)
        expect(hasLoneSurrogate(suffix), `suffix of ${start}-${end}`).toBe(false)
        expect(text.slice(start - prefix.length, start)).toBe(prefix)
        expect(text.slice(end, end + suffix.length)).toBe(suffix)
        // At least the usual 32 units of context where the text has them, at most one character more.
        expect(prefix.length).toBeGreaterThanOrEqual(Math.min(32, start))
        expect(prefix.length).toBeLessThanOrEqual(33)
        expect(suffix.length).toBeGreaterThanOrEqual(Math.min(32, text.length - end))
        expect(suffix.length).toBeLessThanOrEqual(33)
        if (prefix.length === 33 || suffix.length === 33) cutsAvoided += 1
      }
    }
    expect(cutsAvoided).toBeGreaterThan(0)
  })
})

describe('trimSpan', () => {
  it('shrinks a span to leave out white space at either end', () => {
    const text = 'forces  in Hama \n and Idlib'
    const start = text.indexOf('  in')
    const trimmed = trimSpan(text, start, text.indexOf('and'))
    expect(trimmed).not.toBeNull()
    expect(text.slice(trimmed?.start, trimmed?.end)).toBe('in Hama')
  })

  it('keeps white space inside the span and leaves a trimmed span alone', () => {
    const text = 'Hama and\nIdlib'
    expect(trimSpan(text, 0, text.length)).toEqual({ start: 0, end: text.length })
  })

  it('returns null when the span is only white space', () => {
    expect(trimSpan('a  \n\t b', 1, 6)).toBeNull()
    expect(trimSpan('abc', 1, 1)).toBeNull()
  })

  it('counts an emoji at the edge as content', () => {
    const text = ' 🙂 '
    expect(trimSpan(text, 0, text.length)).toEqual({ start: 1, end: 3 })
  })
})
