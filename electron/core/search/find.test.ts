import { describe, expect, it } from 'vitest'
import { findInText, withContext } from './find'

const both = { wholeWord: false, caseSensitive: false }

describe('finding text', () => {
  it('finds every occurrence with offsets in UTF-16 units, after emoji and flags', () => {
    const text = '🔥 Hama 🇸🇾 hama HAMA'
    expect(findInText(text, 'hama', both).map((m) => text.slice(m.start, m.end))).toEqual(['Hama', 'hama', 'HAMA'])
    expect(findInText(text, 'hama', both)[0]).toEqual({ start: 3, end: 7 })
  })

  it('matches case exactly when asked', () => {
    expect(findInText('Hama hama', 'Hama', { wholeWord: false, caseSensitive: true })).toEqual([{ start: 0, end: 4 }])
  })

  it('matches whole words only when asked, in Latin and Arabic', () => {
    const text = 'Hama, Hamas and Hama.'
    expect(findInText(text, 'Hama', { wholeWord: true, caseSensitive: false }).map((m) => m.start)).toEqual([0, 16])
    const arabic = 'حماة وحماة حماة'
    expect(findInText(arabic, 'حماة', { wholeWord: true, caseSensitive: true }).map((m) => m.start)).toEqual([0, 11])
    expect(findInText(arabic, 'حماة', both)).toHaveLength(3)
  })

  it('treats the query literally, never as a pattern', () => {
    const text = 'a.b a+b (x) [y] a|b \\d nationpress-2024-12-01 a/b {2} ^$'
    for (const query of ['a.b', 'a+b', '(x)', '[y]', 'a|b', '\\d', '.*', 'nationpress-2024-12-01', 'a/b', '{2}', '^$']) {
      const found = findInText(text, query, both).map((m) => text.slice(m.start, m.end))
      expect(found).toEqual(query === '.*' ? [] : [query])
    }
  })

  it('matches a decomposed query against the normalised text', () => {
    expect(findInText('Café', 'Cafe\u0301', both)).toEqual([{ start: 0, end: 4 }])
  })

  it('gives context that never cuts an emoji', () => {
    const text = `${'😀'.repeat(20)}Hama${'😀'.repeat(20)}`
    const [match] = findInText(text, 'Hama', both)
    if (!match) throw new Error('no match')
    const context = withContext(text, match)
    expect(context.prefix.length % 2).toBe(0)
    expect(context.suffix.length % 2).toBe(0)
    expect(context.quote).toBe('Hama')
  })

  it('is linear: a 5 MB text with 100,000 matches in well under two seconds', () => {
    const text = 'near Hama the front; '.repeat(250_000)
    const began = performance.now()
    expect(findInText(text, 'hama', { wholeWord: true, caseSensitive: false })).toHaveLength(250_000)
    expect(performance.now() - began).toBeLessThan(2_000)
  })
})
