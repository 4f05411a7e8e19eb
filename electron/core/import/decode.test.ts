import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText } from './decode'
import { fixture } from '../testing/import-fixtures'

const ARABIC_HEADLINE = 'الجيش السوري يعزز دفاعاته في ريف حماة'

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText('a.txt', new TextEncoder().encode('حماة 🙂 Hama'))).toMatchObject({ text: 'حماة 🙂 Hama', encoding: 'utf-8', detectedBy: 'utf-8' })
    const withBom = decodeText('utf8-bom.txt', fixture('utf8-bom.txt'))
    expect(withBom).toMatchObject({ encoding: 'utf-8', detectedBy: 'bom' })
    expect(withBom.text.startsWith('Rebels Gain Ground')).toBe(true)
  })

  it('reads UTF-16 little- and big-endian by their byte-order mark, emoji and Arabic included', () => {
    for (const [name, encoding] of [
      ['utf16le-bom.txt', 'utf-16le'],
      ['utf16be-bom.txt', 'utf-16be']
    ] as const) {
      const decoded = decodeText(name, fixture(name))
      expect(decoded).toMatchObject({ encoding, detectedBy: 'bom' })
      expect(decoded.text.startsWith('Hama 🙂 حماة\r\n')).toBe(true)
    }
  })

  it('detects Arabic in Windows-1256 and ISO-8859-6', () => {
    const windows = decodeText('arabic-windows-1256.txt', fixture('arabic-windows-1256.txt'))
    expect(windows).toMatchObject({ encoding: 'windows-1256', detectedBy: 'detector' })
    expect(windows.text.startsWith(ARABIC_HEADLINE)).toBe(true)
    const iso = decodeText('arabic-iso-8859-6.txt', fixture('arabic-iso-8859-6.txt'))
    expect(iso.encoding).toBe('iso-8859-6')
    expect(iso.text.startsWith(ARABIC_HEADLINE)).toBe(true)
  })

  it('detects Western European text in Windows-1252 and ISO-8859-1', () => {
    const french = decodeText('french-windows-1252.txt', fixture('french-windows-1252.txt'))
    expect(french.encoding).toBe('windows-1252')
    expect(french.text).toContain('l’armée syrienne renforce ses défenses')
    const latin1 = decodeText('latin1-iso-8859-1.txt', fixture('latin1-iso-8859-1.txt'))
    expect(['iso-8859-1', 'windows-1252']).toContain(latin1.encoding)
    expect(latin1.text).toContain('señora García')
  })

  it('takes the user’s encoding over detection, and refuses one that does not read cleanly', () => {
    const bytes = new Uint8Array(iconv.encode('Hama – café', 'windows-1252'))
    expect(decodeText('a.txt', bytes, 'windows-1252')).toMatchObject({ text: 'Hama – café', detectedBy: 'override' })
    // In ISO-8859-1, Windows-1252's en dash (0x96) is a control character: the override is refused, not obeyed blindly.
    expect(() => decodeText('a.txt', bytes, 'iso-8859-1')).toThrow(/a\.txt cannot be read as iso-8859-1: the result holds control characters/)
    expect(() => decodeText('a.txt', fixture('arabic-windows-1256.txt'), 'utf-8')).toThrow(/a\.txt cannot be read as utf-8/)
  })

  it('refuses empty and binary files, naming them', () => {
    expect(() => decodeText('empty.txt', new Uint8Array())).toThrow(/empty\.txt is empty/)
    expect(() => decodeText('binary-renamed.txt', fixture('binary-renamed.txt'))).toThrow(/binary-renamed\.txt is not a text file: it holds NUL bytes/)
  })
})
