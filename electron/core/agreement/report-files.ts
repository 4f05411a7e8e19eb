import type { ExportFile } from '../shared/api-types'
import type { ProjectAgreement } from '../shared/model/agreement'
import { agreementCsv } from './report-csv'
import { agreementMarkdown } from './report-markdown'

export type AgreementReportFormat = 'csv' | 'markdown'

/** The figures as a file to save (the CLI's --csv and --markdown; the agreement view's downloads later). */
export function agreementReportFile(result: ProjectAgreement, format: AgreementReportFormat, projectName: string): ExportFile {
  const base = projectName.replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'project'
  const csv = format === 'csv'
  return {
    fileName: `${base}-agreement.${csv ? 'csv' : 'md'}`,
    mimeType: csv ? 'text/csv' : 'text/markdown',
    content: csv ? agreementCsv(result) : agreementMarkdown(result, projectName),
    encoding: 'utf8',
    documentCount: result.sample.documents,
    report: { documentCount: result.sample.documents, annotationCount: Object.values(result.sample.spans).reduce((sum, count) => sum + count, 0), spansLeftOut: 0, notes: [] }
  }
}
