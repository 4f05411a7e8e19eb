import type { importReport as english } from '../en/importReport'

/** A placeholder for user text (a file name, a label), isolated so Latin text keeps its order in an Arabic sentence. */
export const user = (name: string) => `\u2068{${name}}\u2069`

/** Arabic: an import's report: warnings, skip and failure reasons, what happened to spans, tags and relations on the way in; plurals give all six forms (zero, one, two, few, many, other). */
export const importReport: Record<keyof typeof english, string> = {
  'importReport.couldNotBeImported': 'تعذّر استيراده ({reason})',
}
