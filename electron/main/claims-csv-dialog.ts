import { join } from 'node:path'
import { app, dialog, type BaseWindow, type SaveDialogOptions } from 'electron'
import { exportFileToPath, type Core, type Input } from '../core'
import type { Translator } from '../core/shared/i18n/translator'
import type { DialogExportResult } from './export-dialog'

/**
 * The Claims view as CSV (the core builds it with the view's filters and order), saved where the user
 * chooses with the export's checks and atomic write; `savedTo` is null when the user cancels.
 */
export async function exportClaimsCsvWithDialog(core: Core, query: Input<'views.claimsCsv'>, parent: BaseWindow | null, t: Translator): Promise<DialogExportResult> {
  const file = await core.call('views.claimsCsv', query)
  const options: SaveDialogOptions = {
    title: t.t('desktop.export.claimsTitle'),
    defaultPath: join(app.getPath('documents'), file.fileName),
    filters: [
      { name: t.t('desktop.export.filter.claimsCsv'), extensions: ['csv'] },
      { name: t.t('desktop.export.filter.all'), extensions: ['*'] }
    ],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { savedTo: null }
  const written = await exportFileToPath(core, file, choice.filePath)
  return { savedTo: choice.filePath, documentCount: written.documentCount, report: written.report }
}
