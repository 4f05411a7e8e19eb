import type { Translator } from '@core/shared/i18n/translator'
import type { ProjectState } from './project-store'

const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' }

export type SaveState = 'opening' | 'idle' | 'saving' | 'saved' | 'disconnected'

export interface SaveStatus {
  state: SaveState
  /** In words, for the top bar: "Opening the project…", "No changes yet", "All changes saved", "Saving…", "Saved 10:42", "Disconnected — changes cannot be saved". */
  text: string
}

/**
 * What the save indicator may truthfully say, from the project store alone: that the project is still being
 * opened (until then nothing is known to be saved or not); nothing saved yet after
 * opening ("All changes saved" when the project already holds annotations from before); writes in flight (every change goes through the actions module, which counts it from the key
 * press or keystroke until the core answers); the time the core last reported a change durable; or that
 * the browser-mode server is gone and nothing can be saved.
 */
export function saveStatus(
  t: Translator,
  { connected, writesInFlight, savedAt, projectLoaded }: Pick<ProjectState, 'connected' | 'writesInFlight' | 'savedAt' | 'projectLoaded'>,
  hasSavedContent = false
): SaveStatus {
  if (!connected) return { state: 'disconnected', text: t.t('shell.disconnected') }
  if (!projectLoaded) return { state: 'opening', text: t.t('shell.save.opening') }
  if (writesInFlight > 0) return { state: 'saving', text: t.t('shell.save.saving') }
  if (savedAt) return { state: 'saved', text: t.t('shell.save.savedAt', { time: t.dateTime(savedAt.toISOString(), CLOCK) }) }
  if (hasSavedContent) return { state: 'saved', text: t.t('shell.save.allSaved') }
  return { state: 'idle', text: t.t('shell.save.none') }
}
