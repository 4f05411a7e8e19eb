import { describe, expect, it } from 'vitest'
import { inEnglish } from '../shared/i18n/said'
import { linesOfBytes } from './line-reader'

/** The lines, a line past the limit with its problem in English. */
const lines = (text: string, max = 1_000) =>
  [...linesOfBytes(new TextEncoder().encode(text), new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }), max)].map((line) =>
    'tooLong' in line ? { ...line, tooLong: inEnglish(line.tooLong) } : line
  )

describe('linesOfBytes', () => {
  it('splits at LF, drops the CR of CRLF and a byte-order mark, and keeps emoji and Arabic whole', () => {
    expect(lines('\uFEFF{"a":"🙂"}\r\n\r\n{"b":"حماة"}\n{"c":1}')).toEqual([
      { lineNumber: 1, text: '{"a":"🙂"}' },
      { lineNumber: 2, text: '' },
      { lineNumber: 3, text: '{"b":"حماة"}' },
      { lineNumber: 4, text: '{"c":1}' }
    ])
  })

  it('measures a line past the limit without decoding it, and goes on with the next', () => {
    expect(lines(`short\n${'x'.repeat(2_000)}\nafter\n`)).toEqual([
      { lineNumber: 1, text: 'short' },
      { lineNumber: 2, tooLong: 'is 2000 bytes, over the limit of 1000 bytes for one document' },
      { lineNumber: 3, text: 'after' }
    ])
  })
})
