import { stringify } from 'csv-stringify/sync'

type Cell = string | number | boolean | null | undefined

/**
 * One CSV record, CRLF-terminated as RFC 4180 and Excel expect. Quoting is csv-stringify's, with
 * `quote_record_delimiter` so that a bare `\n` (a span across paragraphs) is quoted too and cannot split
 * its row. With `neutralise`, text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a
 * leading `'` so a spreadsheet shows them instead of running them (OWASP's CSV-injection advice);
 * numbers are never touched, and booleans are written `true`/`false`.
 */
export function csvRecord(values: readonly Cell[], neutralise: boolean): string {
  return csvRecords([values], neutralise)
}

/** Several records in one call: csv-stringify's set-up costs more than a short record, so a document's rows go together. */
export function csvRecords(records: readonly (readonly Cell[])[], neutralise: boolean): string {
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

export const BOM = '\uFEFF'
