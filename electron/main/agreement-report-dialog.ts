import { join } from 'node:path'
import { app, dialog, type BaseWindow, type SaveDialogOptions } from 'electron'
import { exportFileToPath, type Core, type Input } from '../core'
import type { Translator } from '../core/shared/i18n/translator'
import type { DialogExportResult } from './export-dialog'

/**
 * The agreement view's figures as CSV or Markdown (the core builds the file, the same bytes as the CLI's),
 * saved where the user chooses with the export's checks and atomic write; `savedTo` is null when the user cancels.
 */
export async function exportAgreementReportWithDialog(core: Core, query: Input<'agreement.report'>, parent: BaseWindow | null, t: Translator): Promise<DialogExportResult> {
  const file = await core.call('agreement.report', query)
  const csv = query.format === 'csv'
  const options: SaveDialogOptions = {
    title: t.t(csv ? 'desktop.export.agreementCsvTitle' : 'desktop.export.agreementMarkdownTitle'),
    defaultPath: join(app.getPath('documents'), file.fileName),
    filters: [
      csv ? { name: t.t('desktop.export.filter.claimsCsv'), extensions: ['csv'] } : { name: t.t('desktop.export.filter.markdown'), extensions: ['md'] },
      { name: t.t('desktop.export.filter.all'), extensions: ['*'] }
    ],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { savedTo: null }
  const written = await exportFileToPath(core, file, choice.filePath)
  return { savedTo: choice.filePath, documentCount: written.documentCount, report: written.report }
}
