type Cell = string | number | boolean | null | undefined

/** Cells holding one of these are quoted: a delimiter, a quote, or either half of a line break (a bare `\n` too). */
const NEEDS_QUOTES = /[",\r\n]/
/** What a spreadsheet may run as a formula when a cell starts with it (OWASP), full-width forms included. */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'])

/**
 * One CSV record, CRLF-terminated as RFC 4180 and Excel expect. A cell is quoted when it holds a comma,
 * a quote or any line-break character, so a span across paragraphs cannot split its row. With
 * `neutralise`, text cells starting like a formula get a leading `'` so a spreadsheet shows them instead
 * of running them; numbers are never touched, and booleans are written `true`/`false`.
 *
 * This is csv-stringify's output for those options, written out because csv-stringify spent more time
 * per cell than the rest of a large export; `csv-cells.test.ts` checks the two agree on arbitrary input.
 */
export function csvRecord(values: readonly Cell[], neutralise: boolean): string {
  let record = ''
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) record += ','
    record += csvCell(values[i], neutralise)
  }
  return `${record}\r\n`
}

/** Several records, one after another. */
export function csvRecords(records: readonly (readonly Cell[])[], neutralise: boolean): string {
  let text = ''
  for (const values of records) text += csvRecord(values, neutralise)
  return text
}

function csvCell(value: Cell, neutralise: boolean): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = neutralise && FORMULA_STARTS.has(value.charAt(0)) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export const BOM = '\uFEFF'
