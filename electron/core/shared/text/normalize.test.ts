import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeText } from './normalize'

describe('normalizeText', () => {
  it('composes decomposed characters (NFC)', () => {
    const decomposed = 'Cafe\u0301 in Hama'
    const result = normalizeText(decomposed)
    expect(result).toBe('Caf\u00e9 in Hama')
    expect(result).not.toContain('\u0301')
    expect(result.length).toBe(decomposed.length - 1)
  })

  it('turns CRLF and lone CR line endings into \\n', () => {
    expect(normalizeText('One\r\n\r\nTwo\r\nthree')).toBe('One\n\nTwo\nthree')
    expect(normalizeText('One\r\rTwo\rthree')).toBe('One\n\nTwo\nthree')
    expect(normalizeText('Mixed\r\n\rend')).not.toMatch(/\r/)
  })

  it('strips a leading byte-order mark', () => {
    expect(normalizeText('\uFEFFHeadline\n\nBody')).toBe('Headline\n\nBody')
  })

  it('promotes one-paragraph-per-line text to blank-line paragraphs', () => {
    expect(normalizeText('Headline\nFirst paragraph.\nSecond paragraph.\n')).toBe(
      'Headline\n\nFirst paragraph.\n\nSecond paragraph.'
    )
  })

  it('keeps existing blank-line paragraphs and the single newlines inside them', () => {
    const text = 'Headline\n\nLine one of a verse\nline two of it\n\nLast paragraph.'
    expect(normalizeText(text)).toBe(text)
  })

  it('collapses three or more newlines (and whitespace-only lines) into one blank line', () => {
    expect(normalizeText('a\n\n\n\nb\n\n\nc')).toBe('a\n\nb\n\nc')
    expect(normalizeText('a\n  \n\t\n\nb')).toBe('a\n\nb')
    expect(normalizeText('a\r\n\r\n\r\n\r\nb')).toBe('a\n\nb')
  })

  it('removes trailing spaces on lines and blank lines at both ends', () => {
    expect(normalizeText('\n\nHeadline  \t\n\nBody\u00a0\n\n\n')).toBe('Headline\n\nBody')
  })

  it('is idempotent: normalising a normalised text changes nothing', () => {
    const inputs = [
      '\uFEFFTitle\r\nLine\r\nLine two\r\n',
      'A\n\n\n\nB\nC\n\n',
      'Cafe\u0301\rNext  \r\rLast',
      'حماة\n🙂 emoji line\nflag 🇸🇾'
    ]
    for (const input of inputs) {
      const once = normalizeText(input)
      expect(normalizeText(once)).toBe(once)
    }
  })

  it('keeps astral characters and right-to-left text intact', () => {
    const text = 'حماة 🙂 🇸🇾\n\nBody'
    expect(normalizeText(text)).toBe(text)
  })
})

/** The foundation's regex version: correct but quadratic on long runs of spaces or newlines. */
function referenceNormalize(raw: string): string {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    // eslint-disable-next-line regexp/no-super-linear-move -- the reference implementation, run on fast-check texts of a few dozen characters
    .map((line) => line.replace(/[ \t\u00a0]+$/u, '').replace(/^[ \t]+/, ''))
  // eslint-disable-next-line regexp/no-super-linear-move -- the reference implementation, as above
  const text = lines.join('\n').replace(/^\n+|\n+$/g, '')
  const paragraphed = /\n\n/.test(text) ? text : text.replace(/\n/g, '\n\n')
  return paragraphed.replace(/\n{3,}/g, '\n\n')
}

describe('normalizeText on hostile input', () => {
  it('gives the same text as the reference on random mixes of whitespace, line breaks and letters', () => {
    const piece = fc.constantFrom(' ', '\t', '\u00a0', '\n', '\r', '\r\n', '\uFEFF', 'a', 'é', 'e\u0301', '🙂', 'حماة', ' x ')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const raw = pieces.join('')
        expect(normalizeText(raw)).toBe(referenceNormalize(raw))
      }),
      { numRuns: 3000, seed: 20261122 }
    )
  })

  // Each input is big enough that the quadratic regexes this replaced would take minutes to hours on it (100 KB
  // took 7–10 s), so a bound of 10 s catches their return without failing a linear scan on a loaded machine
  // (5 MB of CRLF took 2.3 s at load average 8 on two cores).
  const FIVE_MB = 5 * 1024 * 1024
  const hostile: [string, string][] = [
    ['5 MB of spaces', ' '.repeat(FIVE_MB)],
    ['5 MB of spaces between two words', `a${' '.repeat(FIVE_MB)}b`],
    ['5 MB of newlines', '\n'.repeat(FIVE_MB)],
    ['5 MB of newlines between two words', `a${'\n'.repeat(FIVE_MB)}b`],
    ['5 MB of tabs', '\t'.repeat(FIVE_MB)],
    ['5 MB of tabs between two words', `a${'\t'.repeat(FIVE_MB)}b`],
    ['a title line and 5 MB of spaces', `Title line\n${' '.repeat(FIVE_MB)}`],
    ['a title line and 5 MB of spaces before a full stop (100,000 spaces took 7 s before the fix)', `Title line\n${' '.repeat(FIVE_MB)}.`],
    ['5 MB of mixed spaces, NBSP and tabs before a word (100 KB of it took 10 s before the fix)', `${' \u00a0\t'.repeat(FIVE_MB / 3)}x`],
    ['5 MB of CRLF', '\r\n'.repeat(FIVE_MB / 2)]
  ]
  for (const [name, raw] of hostile) {
    it(`normalises ${name} in under 10 s`, () => {
      const started = performance.now()
      const text = normalizeText(raw)
      expect(performance.now() - started).toBeLessThan(10_000)
      expect(text.length).toBeLessThanOrEqual(raw.length)
    })
  }
})
