import { join } from 'node:path'
import { dialog, shell, type BaseWindow, type OpenDialogOptions } from 'electron'
import { PROJECT_FILE } from '../core/store/project-store'

/** The native folder picker for Open Project and New Project's folder; null when cancelled. */
export async function chooseFolder(parent: BaseWindow | null, title = 'Choose a project folder'): Promise<{ dir: string | null }> {
  const options: OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] }
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  return { dir: choice.canceled ? null : (choice.filePaths[0] ?? null) }
}

/** Opens the system's file manager on the project folder, its project.json selected. */
export function showProjectInFolder(dir: string): { shown: boolean } {
  shell.showItemInFolder(join(dir, PROJECT_FILE))
  return { shown: true }
}
