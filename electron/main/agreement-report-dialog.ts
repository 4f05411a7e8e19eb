import type { BaseWindow } from 'electron'
import type { Core, Input } from '../core'
import type { Translator } from '../core/shared/i18n/translator'
import type { DialogExportResult } from './export-dialog'
import { saveFileWithDialog } from './save-file-dialog'

/** The agreement view's figures as CSV or Markdown (the core builds the file, the same bytes as the CLI's), saved where the user chooses. */
export async function exportAgreementReportWithDialog(core: Core, query: Input<'agreement.report'>, parent: BaseWindow | null, t: Translator): Promise<DialogExportResult> {
  const file = await core.call('agreement.report', query)
  const csv = query.format === 'csv'
  return saveFileWithDialog(
    core,
    file,
    {
      title: t.t(csv ? 'desktop.export.agreementCsvTitle' : 'desktop.export.agreementMarkdownTitle'),
      filter: csv ? { name: t.t('desktop.export.filter.claimsCsv'), extension: 'csv' } : { name: t.t('desktop.export.filter.markdown'), extension: 'md' }
    },
    parent,
    t
  )
}
