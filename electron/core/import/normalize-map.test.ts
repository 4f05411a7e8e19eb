import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../shared/text/normalize'
import { leadingSpaceEnd, normalizeWithMap, trailingSpaceStart } from './normalize-map'

const PIECES = ['a', 'Hama', ' ', '  ', '\t', '\u00a0', '\n', '\r\n', '\r', '\n\n\n', 'e\u0301', 'e\u0301\u0323', '🙂', '🇸🇾', 'حماة', 'مُدُن', '\uFEFF', '.', '\u1100\u1161\u11a8']

function countCodePoints(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1)
  return counts
}

const strip = (text: string): string => text.replace(/[\s\uFEFF]/g, '')

describe('normalizeWithMap', () => {
  it('produces exactly what normalizeText produces, for random texts of emoji, accents, Arabic, CRLF and blank lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const raw = parts.join('')
        const mapped = normalizeWithMap(raw)
        expect(mapped).not.toBeNull()
        expect(mapped?.text).toBe(normalizeText(raw))
      }),
      { numRuns: 500 }
    )
  })

  it('maps every span between exact ends onto the same characters, white space aside', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const raw = parts.join('')
        const mapped = normalizeWithMap(raw)
        if (!mapped) throw new Error('no map')
        const boundaries = [0]
        for (const char of raw) boundaries.push((boundaries.at(-1) ?? 0) + char.length)
        const s = boundaries[a % boundaries.length] ?? 0
        const e = boundaries[b % boundaries.length] ?? 0
        if (e <= s) return
        const start = mapped.map(s, 'start')
        const end = mapped.map(e, 'end')
        expect(end.offset).toBeGreaterThanOrEqual(start.offset)
        if (start.exact && end.exact) {
          expect(strip(mapped.text.slice(start.offset, end.offset))).toBe(strip(raw.slice(s, e).normalize('NFC')))
        } else {
          // Widened to whole characters: every character the span held is still inside it.
          const held = countCodePoints(strip(mapped.text.slice(start.offset, end.offset)).normalize('NFD'))
          for (const [char, count] of countCodePoints(strip(raw.slice(s, e)).normalize('NFD'))) expect(held.get(char) ?? 0).toBeGreaterThanOrEqual(count)
        }
      }),
      { numRuns: 1000 }
    )
  })

  it('moves a span after CRLF line ends and a decomposed accent to the same words', () => {
    const raw = 'Title\r\n\r\nCafe\u0301 in  Hama \r\nand 🙂 Idlib'
    const mapped = normalizeWithMap(raw)
    if (!mapped) throw new Error('no map')
    const start = raw.indexOf('Hama')
    const span = { start: mapped.map(start, 'start'), end: mapped.map(start + 4, 'end') }
    expect(mapped.text.slice(span.start.offset, span.end.offset)).toBe('Hama')
    const idlib = raw.indexOf('Idlib')
    expect(mapped.text.slice(mapped.map(idlib, 'start').offset, mapped.map(idlib + 5, 'end').offset)).toBe('Idlib')
  })

  it('reports an end that falls between a letter and its combining accent, widening it to the whole character', () => {
    const raw = 'Cafe\u0301 open'
    const mapped = normalizeWithMap(raw)
    const end = mapped?.map(4, 'end')
    expect(end).toEqual({ offset: 4, exact: false })
    expect(mapped?.text.slice(0, end?.offset)).toBe('Café')
  })

  it('maps a text holding one paragraph per line, whose newlines become blank lines', () => {
    const raw = 'Head\nBody line\nLast'
    const mapped = normalizeWithMap(raw)
    const at = raw.indexOf('Last')
    expect(mapped?.text.slice(mapped.map(at, 'start').offset, mapped.map(at + 4, 'end').offset)).toBe('Last')
  })
})

describe('line trimming scans', () => {
  const LINE_PIECES = [' ', '\t', '\u00a0', 'a', 'é', '🙂', '\u2003', '.']

  it('measure exactly what the old patterns /[ \\t\\u00a0]+$/ and /^[ \\t]+/ matched', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINE_PIECES), { maxLength: 24 }), (parts) => {
        const line = parts.join('')
        // eslint-disable-next-line regexp/no-super-linear-move -- the reference being replaced, on lines of at most 24 characters
        const trailing = /[ \t\u00a0]+$/.exec(line)?.[0].length ?? 0
        const leading = /^[ \t]+/.exec(line.slice(0, line.length - trailing))?.[0].length ?? 0
        expect(line.length - trailingSpaceStart(line)).toBe(trailing)
        expect(leadingSpaceEnd(line, line.length - trailing)).toBe(leading)
      }),
      { numRuns: 2_000 }
    )
  })

  it('normalises a line holding 100 kB of spaces before a word in linear time (the old pattern took 19.7 s)', () => {
    const raw = `Hama${' '.repeat(100_000)}x\n${'\u00a0\t '.repeat(40_000)}y \t`
    const started = performance.now()
    const mapped = normalizeWithMap(raw)
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(mapped?.text).toBe(`Hama${' '.repeat(100_000)}x\n\n${'\u00a0\t '.repeat(40_000)}y`)
  })
})
