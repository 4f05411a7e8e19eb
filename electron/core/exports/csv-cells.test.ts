import { stringify } from 'csv-stringify/sync'
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvRecord, csvRecords } from './formats/csv-cells'

type Cell = string | number | boolean | null | undefined

/** What the export wrote before its records were formatted by hand: csv-stringify with the same options. */
function libraryRecords(records: readonly (readonly Cell[])[], neutralise: boolean): string {
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

const piece = fc.constantFrom(
  'a', ' ', ',', '"', '""', '\n', '\r', '\r\n', '\n\n', '🙂', '🇸🇾', 'حماة', '\t', ';', "'",
  '=', '+', '-', '@', '＝', '＋', '－', '＠', '\uFEFF', 'é', 'e\u0301'
)
const text = fc.array(piece, { maxLength: 10 }).map((pieces) => pieces.join(''))
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: false }), fc.constant(-0)) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, '') }
)

describe('CSV cells', () => {
  it('writes exactly what csv-stringify wrote, neutralised or raw (seeded property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 5 }), fc.boolean(), (records, neutralise) => {
        expect(csvRecords(records, neutralise)).toBe(libraryRecords(records, neutralise))
      }),
      { numRuns: 3000, seed: 11 }
    )
  })

  it('reads back through csv-parse to the same fields, a bare \\n or \\r never splitting a row', () => {
    const cells = ['line\nbreak', 'CR\r\nLF', 'lone\rCR', 'say "no"', 'a,b', '🇸🇾 حماة 🙂', '', 'plain']
    const content = csvRecord(cells, false) + csvRecord(['=1+1', -5, true, '-x'], true)
    const rows = parse(content, { record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true }) as string[][]
    expect(rows).toEqual([cells, ["'=1+1", '-5', 'true', "'-x"]])
  })
})
