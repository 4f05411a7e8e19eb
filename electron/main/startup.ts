import { createCore, type Core, type CoreOptions } from '../core'
import type { Translator } from '../core/shared/i18n/translator'
import { showFailure } from './notices'

/**
 * Opens the project, or tells the user why it cannot be opened (another Tessera holds its lock, a file is
 * unreadable...) and returns null so the app can quit.
 */
export async function openProjectOrExplain(options: CoreOptions, t: Translator): Promise<Core | null> {
  try {
    return await createCore(options)
  } catch (error) {
    showFailure(t.t('desktop.failure.openProject'), error, t)
    return null
  }
}
