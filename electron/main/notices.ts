import { app, dialog, type BaseWindow, type MessageBoxOptions } from 'electron'
import { toApiError } from '../core'
import { say } from '../core/shared/i18n/said'
import type { Translator } from '../core/shared/i18n/translator'

/** The message a person can act on, in `t`'s language when the core said it as a message of the catalogue; never a stack trace. */
export function describeFailure(error: unknown, t: Translator): string {
  const failure = toApiError(error)
  return failure.said ? say(t, failure.said) : failure.message
}

export function showFailure(title: string, error: unknown, t: Translator): void {
  dialog.showErrorBox(title, describeFailure(error, t))
}

export async function showAbout(parent: BaseWindow | null, projectDir: string | null, t: Translator): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'info',
    title: t.t('desktop.about.title'),
    // The app's name and version, in any language.
    message: `Tessera ${app.getVersion()}`,
    detail: t.t('desktop.about.detail', { project: projectDir ?? t.t('desktop.about.noProject') }),
    buttons: [t.t('desktop.ok')]
  }
  if (parent) await dialog.showMessageBox(parent, options)
  else await dialog.showMessageBox(options)
}

/** A quit went ahead while writes were still running: the user should check the last changes. */
export function showQuitTimeout(waitedMs: number, t: Translator): void {
  dialog.showErrorBox(t.t('desktop.quitTimeout.title'), t.t('desktop.quitTimeout.detail', { seconds: Math.round(waitedMs / 1000) }))
}
