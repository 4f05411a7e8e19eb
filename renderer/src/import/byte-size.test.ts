import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import { describeBytes, MAX_IMPORT_FILE_BYTES, MAX_LINE_FILE_BYTES } from '@core/shared/import/limits'
import { describeSize } from './byte-size'

const MB = 1024 * 1024

describe('the import limits told as sizes', () => {
  it('read in English exactly as the core writes them', () => {
    for (const bytes of [0, 1, 900, 1023 * 1024, MB, 1.5 * MB, 1.25 * MB, 9.96 * MB, 10 * MB, 12.5 * MB, MAX_IMPORT_FILE_BYTES, MAX_LINE_FILE_BYTES, 5000 * MB]) {
      expect(describeSize(bytes, createTranslator('en'))).toBe(describeBytes(bytes))
    }
  })

  it('read in Arabic with the Arabic unit, digits and plural', () => {
    const arabic = createTranslator('ar')
    expect(describeSize(MAX_IMPORT_FILE_BYTES, arabic)).toBe('٥٠ ميغابايت')
    expect(describeSize(1.5 * MB, arabic)).toBe('١٫٥ ميغابايت')
    expect(describeSize(MAX_LINE_FILE_BYTES, createTranslator('ar', 'latn'))).toBe('256 ميغابايت')
    expect([0, 1, 2, 3, 11, 100].map((bytes) => describeSize(bytes, arabic))).toEqual(['لا بايتات', 'بايت واحد', 'بايتان', '٣ بايتات', '١١ بايتاً', '١٠٠ بايت'])
  })
})
