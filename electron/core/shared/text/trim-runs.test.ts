/* eslint-disable regexp/no-super-linear-move, regexp/no-super-linear-backtracking -- the old patterns are the reference, run on fast-check inputs of at most 30 pieces */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fileStem } from '../../exports/file-names'
import { PAGE_NUMBER } from '../../import/readers/pdf-layout'
import { sameFolder } from '../workspace/recent'
import { trimRuns, trimRunsEnd, trimRunsStart } from './trim-runs'

const texts = (pieces: string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''))

describe('trimming runs in one scan', () => {
  it('gives what each pattern it replaced gave', () => {
    fc.assert(
      fc.property(texts(['-', '_', '.', ' ', '\t', '\u00a0', '/', '\\', 'a', 'z', '7', 'É', '🙂']), (text) => {
        expect(trimRuns(text, /-/)).toBe(text.replace(/^-+|-+$/g, ''))
        expect(trimRuns(text, /_/)).toBe(text.replace(/^_+|_+$/g, ''))
        expect(trimRuns(text, /[\s.-]/u)).toBe(text.replace(/^[\s.-]+|[\s.-]+$/gu, ''))
        expect(trimRunsEnd(text, /[\s.]/u)).toBe(text.replace(/[\s.]+$/u, ''))
        expect(trimRunsEnd(text, /[\\/]/)).toBe(text.replace(/[\\/]+$/, ''))
        expect(trimRunsEnd(trimRunsStart(text, /[^a-z]/), /-/)).toBe(text.replace(/^[^a-z]+|-+$/g, ''))
      }),
      { numRuns: 3_000 }
    )
  })

  it('handles 100,000-character runs that stop short of the end in linear time', () => {
    const started = performance.now()
    expect(fileStem(`x${'. -'.repeat(40_000)}y`)).toBe(`x${'. -'.repeat(26)}`.slice(0, 79))
    expect(fileStem(`Hama${' .'.repeat(60_000)}x`)).toBe('Hama')
    expect(sameFolder(`/projects/a${'/'.repeat(100_000)}b`, '/projects/a/b')).toBe(false)
    expect(trimRuns(`a${'-'.repeat(100_000)}b`, /-/)).toBe(`a${'-'.repeat(100_000)}b`)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

describe('page numbers of a PDF', () => {
  const OLD_PAGE_NUMBER = /^(page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s*(of|\/)\s*\d{1,4})?$/i

  it('match the lines the old pattern matched (lines are trimmed before the test)', () => {
    fc.assert(
      fc.property(texts(['Page', 'page', ' ', '  ', '-', '–', '1', '12', '12345', 'of', '/', 'x']), (raw) => {
        const line = raw.trim()
        expect(PAGE_NUMBER.test(line)).toBe(OLD_PAGE_NUMBER.test(line))
      }),
      { numRuns: 5_000 }
    )
  })

  it('refuse a line of "page" and 50,000 spaces in linear time', () => {
    const started = performance.now()
    expect(PAGE_NUMBER.test(`page${' '.repeat(50_000)}x`)).toBe(false)
    expect(PAGE_NUMBER.test(`12${' '.repeat(50_000)}x`)).toBe(false)
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})
