import { app, dialog, type BaseWindow, type MessageBoxOptions } from 'electron'
import { toApiError } from '../core'

/** The message a person can act on (the core's errors are written for that); never a stack trace. */
export function describeFailure(error: unknown): string {
  return toApiError(error).message
}

export function showFailure(title: string, error: unknown): void {
  dialog.showErrorBox(title, describeFailure(error))
}

export async function showAbout(parent: BaseWindow | null, projectDir: string | null): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'info',
    title: 'About Tessera',
    message: `Tessera ${app.getVersion()}`,
    detail: `Tag claims, actors, places and figures across news coverage and export the exact spans.\n\nProject: ${projectDir ?? 'none open'}`,
    buttons: ['OK']
  }
  if (parent) await dialog.showMessageBox(parent, options)
  else await dialog.showMessageBox(options)
}

/** A quit went ahead while writes were still running: the user should check the last changes. */
export function showQuitTimeout(waitedMs: number): void {
  dialog.showErrorBox(
    'Tessera quit before saving finished',
    `Changes were still being written after ${Math.round(waitedMs / 1000)} s. Reopen the project and check your last changes.`
  )
}
