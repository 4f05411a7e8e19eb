import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lineEndingsWithMap } from './line-endings'

describe('lineEndingsWithMap', () => {
  it('joins only CRLF pairs and maps every offset outside a pair onto the same characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '\r', '\n', '\r\n', 'e\u0301', '🇸🇾', ' '), { maxLength: 40 }), (pieces) => {
        const raw = pieces.join('')
        const { text, map, crlfCount } = lineEndingsWithMap(raw)
        expect(text).toBe(raw.replace(/\r\n/g, '\n'))
        expect(crlfCount).toBe(raw.split('\r\n').length - 1)
        for (let start = 0; start <= raw.length; start += 1) {
          for (let end = start; end <= raw.length; end += 1) {
            const s = map(start, 'start')
            const e = map(end, 'end')
            const insidePair = (offset: number) => raw[offset - 1] === '\r' && raw[offset] === '\n'
            expect(s.exact).toBe(!insidePair(start))
            if (!insidePair(start) && !insidePair(end)) expect(text.slice(s.offset, e.offset)).toBe(raw.slice(start, end).replace(/\r\n/g, '\n'))
          }
        }
      }),
      { numRuns: 300 }
    )
  })

  it('widens an offset between CR and LF to the line break they became', () => {
    const { map } = lineEndingsWithMap('ab\r\ncd')
    expect(map(3, 'start')).toEqual({ offset: 2, exact: false })
    expect(map(3, 'end')).toEqual({ offset: 3, exact: false })
    expect(map(4, 'start')).toEqual({ offset: 3, exact: true })
  })
})
