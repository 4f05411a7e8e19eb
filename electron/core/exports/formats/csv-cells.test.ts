import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvRecords } from './csv-cells'

type Cell = string | number | boolean | null | undefined

/** csv-stringify with the options Tessera's CSV promises: the reference the fast writer must match. */
function reference(records: Cell[][], neutralise: boolean): string {
  if (records.length === 0) return ''
  return stringify(
    records.map((values) => values.map((v) => v ?? '')),
    {
      record_delimiter: 'windows',
      quote_record_delimiter: true,
      escape_formulas: neutralise,
      cast: { boolean: (value) => (value ? 'true' : 'false'), number: (value) => String(value) }
    }
  )
}

/** Text built from the characters that matter to CSV and spreadsheets, mixed with any Unicode. */
const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom(',', '"', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', "'", ' ', 'a', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '🙂', 'ح') }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' })
)
const cell: fc.Arbitrary<Cell> = fc.oneof(hostileText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(''))

describe('CSV cells', () => {
  it('are written exactly as csv-stringify writes them, for any cells, with and without formula neutralising', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 }), fc.boolean(), (records, neutralise) => {
        expect(csvRecords(records, neutralise)).toBe(reference(records, neutralise))
      }),
      { numRuns: 2_000 }
    )
  })

  it('read back as the same cells, line breaks and quotes inside them included', () => {
    const records = [['a,b', 'say "hi"', 'one\ntwo', 'three\r\nfour', 'five\rsix', '', '🙂 حماة'], ['=SUM(A1)', '-2', '\ttab', '@x', 'plain', '"', ',']]
    const written = csvRecords(records, false)
    expect(parse(written, { relax_column_count: false })).toEqual(records)
    expect(written.endsWith('\r\n')).toBe(true)
  })
})
