/** Characters that make a spreadsheet treat a cell as a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A cell a spreadsheet shows as text instead of running it: text starting with `=`, `+`, `-`, `@`, tab
 * or carriage return gets a leading apostrophe. Numbers and booleans stay as they are.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** One RFC 4180 field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(value: string | number | boolean | null | undefined, neutralise: boolean): string {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'string') return String(value)
  const text = neutralise ? neutraliseFormula(value) : value
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One record, CRLF-terminated as RFC 4180 and Excel expect. */
export function csvRecord(values: readonly (string | number | boolean | null | undefined)[], neutralise: boolean): string {
  return `${values.map((v) => csvField(v, neutralise)).join(',')}\r\n`
}

export const BOM = '\uFEFF'
