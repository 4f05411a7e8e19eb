import { join } from 'node:path'
import { dialog, shell, type BaseWindow, type OpenDialogOptions } from 'electron'
import type { Translator } from '../core/shared/i18n/translator'
import { PROJECT_FILE } from '../core/store/project-store'

/** The native folder picker for Open Project and New Project's folder (its title the renderer's, in its language); null when cancelled. */
export async function chooseFolder(parent: BaseWindow | null, t: Translator, title?: string): Promise<{ dir: string | null }> {
  const options: OpenDialogOptions = { title: title ?? t.t('desktop.chooseFolder'), properties: ['openDirectory', 'createDirectory'] }
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  return { dir: choice.canceled ? null : (choice.filePaths[0] ?? null) }
}

/** Opens the system's file manager on the project folder, its project.json selected. */
export function showProjectInFolder(dir: string): { shown: boolean } {
  shell.showItemInFolder(join(dir, PROJECT_FILE))
  return { shown: true }
}
