import { join } from 'node:path'
import { app, dialog, type BaseWindow, type FileFilter, type SaveDialogOptions } from 'electron'
import { exportToPath, type Core, type ExportFormat, type ExportOptionsInput, type ExportProgress, type ExportReport } from '../core'

const FILTERS: Record<ExportFormat, FileFilter> = {
  jsonl: { name: 'JSON Lines', extensions: ['jsonl'] },
  csv: { name: 'CSV tables (ZIP)', extensions: ['zip'] },
  w3c: { name: 'W3C Web Annotation (JSON-LD)', extensions: ['jsonld', 'json'] },
  brat: { name: 'brat standoff (ZIP)', extensions: ['zip'] },
  conll: { name: 'CoNLL IOB2', extensions: ['conll', 'txt'] },
  spacy: { name: 'spaCy JSONL', extensions: ['jsonl'] }
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
  onProgress?: (progress: ExportProgress) => void
): Promise<DialogExportResult> {
  const { fileName } = core.startExport(options)
  const dialogOptions: SaveDialogOptions = {
    title: `Export as ${options.format.toUpperCase()}`,
    defaultPath: join(app.getPath('documents'), fileName),
    filters: [FILTERS[options.format], { name: 'All files', extensions: ['*'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
  const choice = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions)
  if (choice.canceled || !choice.filePath) return { savedTo: null }
  const written = await exportToPath(core, options, choice.filePath, { onProgress })
  return { savedTo: choice.filePath, documentCount: written.documentCount, report: written.report }
}
