import type { Translator } from '@core/shared/i18n/translator'
import type { ProjectState } from './project-store'

const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' }

export type SaveState = 'idle' | 'saving' | 'saved' | 'disconnected'

export interface SaveStatus {
  state: SaveState
  /** In words, for the top bar: "No changes yet", "All changes saved", "Saving…", "Saved 10:42", "Disconnected — changes cannot be saved". */
  text: string
}

/**
 * What the save indicator may truthfully say, from the project store alone: nothing saved yet after
 * opening ("All changes saved" when the project already holds annotations from before); writes in flight (every change goes through the actions module, which counts it from the key
 * press or keystroke until the core answers); the time the core last reported a change durable; or that
 * the browser-mode server is gone and nothing can be saved.
 */
export function saveStatus(
  t: Translator,
  { connected, writesInFlight, savedAt }: Pick<ProjectState, 'connected' | 'writesInFlight' | 'savedAt'>,
  hasSavedContent = false
): SaveStatus {
  if (!connected) return { state: 'disconnected', text: t.t('shell.disconnected') }
  if (writesInFlight > 0) return { state: 'saving', text: t.t('shell.save.saving') }
  if (savedAt) return { state: 'saved', text: t.t('shell.save.savedAt', { time: t.dateTime(savedAt.toISOString(), CLOCK) }) }
  if (hasSavedContent) return { state: 'saved', text: t.t('shell.save.allSaved') }
  return { state: 'idle', text: t.t('shell.save.none') }
}
