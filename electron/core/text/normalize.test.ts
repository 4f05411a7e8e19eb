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
