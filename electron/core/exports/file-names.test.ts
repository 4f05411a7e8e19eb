import { describe, expect, it } from 'vitest'
import { fileStem, uniqueStems } from './file-names'

describe('file names from document titles', () => {
  it('drops path separators and characters Windows forbids, keeping every script and emoji', () => {
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd')
    expect(fileStem('C:\\Users\\a<b>|c?*"d"')).toBe('C-Users-a-b-c-d')
    expect(fileStem('حماة: الجيش 🇸🇾')).toBe('حماة- الجيش 🇸🇾')
    expect(fileStem('Line\nbreak\ttab\u202Etxt.exe')).toBe('Line break tab txt.exe')
  })

  it('escapes reserved device names and never returns an empty or dot name', () => {
    expect(fileStem('CON')).toBe('_CON')
    expect(fileStem('nul.txt')).toBe('_nul.txt')
    expect(fileStem('com1')).toBe('_com1')
    expect(fileStem('Console')).toBe('Console')
    expect(fileStem('...')).toBe('document')
    expect(fileStem('   ')).toBe('document')
  })

  it('caps the length at 80 code points without cutting an emoji in half', () => {
    const stem = fileStem('🙂'.repeat(100))
    expect(Array.from(stem)).toHaveLength(80)
    expect(stem).toBe('🙂'.repeat(80))
  })

  it('numbers repeated titles, ignoring case as Windows and macOS folders do', () => {
    const next = uniqueStems()
    expect(['Hama', 'hama', 'HAMA', 'Hama-2'].map(next)).toEqual(['Hama', 'hama-2', 'HAMA-3', 'Hama-2-2'])
  })
})
