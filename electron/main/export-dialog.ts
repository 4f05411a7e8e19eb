import { join } from 'node:path'
import { app, dialog, type BaseWindow, type FileFilter, type SaveDialogOptions } from 'electron'
import { openProjectDir, writeExportFile, type Core, type ExportFormat } from '../core'

const FILTERS: Record<ExportFormat, FileFilter> = {
  jsonl: { name: 'JSON Lines', extensions: ['jsonl'] },
  csv: { name: 'CSV', extensions: ['csv'] }
}

/** Asks where to save the project's export, then writes it there; `savedTo` is null when the user cancels. */
export async function exportProjectWithDialog(
  core: Core,
  format: ExportFormat,
  parent: BaseWindow | null
): Promise<{ savedTo: string | null }> {
  const file = await core.call('export.project', { format })
  const options: SaveDialogOptions = {
    title: `Export as ${format.toUpperCase()}`,
    defaultPath: join(app.getPath('documents'), file.fileName),
    filters: [FILTERS[format], { name: 'All files', extensions: ['*'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { savedTo: null }
  await writeExportFile(file, choice.filePath, openProjectDir(core))
  return { savedTo: choice.filePath }
}
