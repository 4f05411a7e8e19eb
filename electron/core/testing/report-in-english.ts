import { inEnglish } from '../shared/i18n/said'
import type { ImportReport } from '../shared/import/report'

type Englished<T> = { [K in keyof T]: T[K] extends { key: string } ? string : T[K] }

/** An import report with every message said in English, so a test compares it with the sentences a user reads. */
export interface EnglishImportReport extends Omit<ImportReport, 'nearDuplicates' | 'failed' | 'skipped' | 'warnings'> {
  nearDuplicates: Englished<ImportReport['nearDuplicates'][number]>[]
  failed: Englished<ImportReport['failed'][number]>[]
  skipped: Englished<ImportReport['skipped'][number]>[]
  warnings: string[]
}

export function reportInEnglish(report: ImportReport): EnglishImportReport {
  return {
    ...report,
    nearDuplicates: report.nearDuplicates.map((entry) => ({ ...entry, reason: inEnglish(entry.reason) })),
    failed: report.failed.map((entry) => ({ ...entry, reason: inEnglish(entry.reason) })),
    skipped: report.skipped.map((entry) => ({ ...entry, reason: inEnglish(entry.reason) })),
    warnings: report.warnings.map(inEnglish)
  }
}
