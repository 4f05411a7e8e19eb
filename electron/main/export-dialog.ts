import { join } from 'node:path'
import { app, dialog, type BaseWindow, type FileFilter, type SaveDialogOptions } from 'electron'
import { exportToPath, type Core, type ExportFormat, type ExportOptionsInput, type ExportProgress, type ExportReport } from '../core'
import type { Translator } from '../core/shared/i18n/translator'

const EXTENSIONS: Record<ExportFormat, string[]> = {
  jsonl: ['jsonl'],
  csv: ['zip'],
  w3c: ['jsonld', 'json'],
  brat: ['zip'],
  conll: ['conll', 'txt'],
  spacy: ['jsonl']
}

function filtersFor(format: ExportFormat, t: Translator): FileFilter[] {
  return [
    { name: t.t(`desktop.export.filter.${format}`), extensions: EXTENSIONS[format] },
    { name: t.t('desktop.export.filter.all'), extensions: ['*'] }
  ]
}

export interface DialogExportResult {
  savedTo: string | null
  documentCount?: number
  report?: ExportReport
}

/**
 * Asks where to save the export, then streams it there document by document (a ZIP for multi-file
 * formats), reporting progress; `savedTo` is null when the user cancels.
 */
export async function exportProjectWithDialog(
  core: Core,
  options: ExportOptionsInput,
  parent: BaseWindow | null,
  t: Translator,
  onProgress?: (progress: ExportProgress) => void
): Promise<DialogExportResult> {
  const { fileName } = core.startExport(options)
  const dialogOptions: SaveDialogOptions = {
    title: t.t('desktop.export.title', { format: options.format.toUpperCase() }),
    defaultPath: join(app.getPath('documents'), fileName),
    filters: filtersFor(options.format, t),
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
  const choice = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions)
  if (choice.canceled || !choice.filePath) return { savedTo: null }
  const written = await exportToPath(core, options, choice.filePath, { onProgress })
  return { savedTo: choice.filePath, documentCount: written.documentCount, report: written.report }
}
