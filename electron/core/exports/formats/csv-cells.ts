export type Cell = string | number | boolean | null | undefined

/**
 * CSV records, CRLF-terminated as RFC 4180 and Excel expect, byte for byte what csv-stringify 6 writes with
 * `record_delimiter: 'windows'`, `quote_record_delimiter` (so a bare `\n` or `\r`, e.g. a span across
 * paragraphs, is quoted and cannot split its row) and `escape_formulas` (csv-cells.test.ts holds the two
 * side by side on hostile cells). Written by hand because a 500,000-span export spent more time in the
 * library's per-cell option handling than in anything else of ours.
 *
 * With `neutralise`, text cells starting with `=`, `+`, `-`, `@`, tab or carriage return (or the full-width
 * `＝＋－＠`) get a leading `'` so a spreadsheet shows them instead of running them (OWASP's CSV-injection
 * advice); numbers are never touched, and booleans are written `true`/`false`.
 */
export function csvRecord(values: readonly Cell[], neutralise: boolean): string {
  let record = ''
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) record += ','
    record += csvCell(values[i], neutralise)
  }
  return `${record}\r\n`
}

/** Several records, concatenated. */
export function csvRecords(records: readonly (readonly Cell[])[], neutralise: boolean): string {
  let text = ''
  for (const values of records) text += csvRecord(values, neutralise)
  return text
}

const NEEDS_QUOTES = /[",\r\n]/
const FORMULA_LEADS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'])

function csvCell(value: Cell, neutralise: boolean): string {
  if (value === null || value === undefined || value === '') return ''
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const quoted = NEEDS_QUOTES.test(value)
  const text = neutralise && FORMULA_LEADS.has(value.charAt(0)) ? `'${value}` : value
  return quoted ? `"${text.replaceAll('"', '""')}"` : text
}

export const BOM = '\uFEFF'
