import { describe, expect, it } from 'vitest'
import { lineDirection } from './line-direction'

describe('lineDirection', () => {
  it('reads an Arabic mention right to left, a Latin one left to right', () => {
    expect(lineDirection('هيئة تحرير الشام', 'قالت ')).toBe('rtl')
    expect(lineDirection('HTS', 'قالت ')).toBe('ltr')
    expect(lineDirection('Hayat Tahrir al-Sham', '')).toBe('ltr')
  })

  it('falls back to the nearest letter before a mention without letters (a number, an emoji, a flag)', () => {
    expect(lineDirection('١٢٠٠', 'قُتل أكثر من ')).toBe('rtl')
    expect(lineDirection('1200', 'قُتل أكثر من ')).toBe('rtl')
    expect(lineDirection('١٢٠٠', 'killed ')).toBe('ltr')
    expect(lineDirection('300', 'at least ')).toBe('ltr')
    expect(lineDirection('🇸🇾', 'عَلَم ')).toBe('rtl')
    expect(lineDirection('🇸🇾 42', '')).toBe('ltr')
  })

  it('knows Hebrew and the Arabic presentation forms', () => {
    expect(lineDirection('חמאס', '')).toBe('rtl')
    expect(lineDirection('\uFEFB', '')).toBe('rtl')
  })
})
