import { join } from 'node:path'
import { app, dialog, type BaseWindow, type SaveDialogOptions } from 'electron'
import { exportFileToPath, type Core } from '../core'
import type { ExportFile } from '../core/shared/contract'
import type { Translator } from '../core/shared/i18n/translator'
import type { DialogExportResult } from './export-dialog'

/**
 * A file the core built (a view's CSV, an agreement report), saved where the user chooses with the export's
 * checks and atomic write; `savedTo` is null when the user cancels.
 */
export async function saveFileWithDialog(
  core: Core,
  file: ExportFile,
  dialogText: { title: string; filter: { name: string; extension: string } },
  parent: BaseWindow | null,
  t: Translator
): Promise<DialogExportResult> {
  const options: SaveDialogOptions = {
    title: dialogText.title,
    defaultPath: join(app.getPath('documents'), file.fileName),
    filters: [
      { name: dialogText.filter.name, extensions: [dialogText.filter.extension] },
      { name: t.t('desktop.export.filter.all'), extensions: ['*'] }
    ],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { savedTo: null }
  const written = await exportFileToPath(core, file, choice.filePath)
  return { savedTo: choice.filePath, documentCount: written.documentCount, report: written.report }
}
