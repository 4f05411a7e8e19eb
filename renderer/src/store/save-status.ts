import { DISCONNECTED, type ProjectState } from './project-store'

export type SaveState = 'idle' | 'saving' | 'saved' | 'disconnected'

export interface SaveStatus {
  state: SaveState
  /** In words, for the top bar: "No changes yet", "All changes saved", "Saving…", "Saved 10:42", "Disconnected — changes cannot be saved". */
  text: string
}

function clock(date: Date): string {
  return date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
}

/**
 * What the save indicator may truthfully say, from the project store alone: nothing saved yet after
 * opening ("All changes saved" when the project already holds annotations from before); writes in flight (every change goes through the actions module, which counts it from the key
 * press or keystroke until the core answers); the time the core last reported a change durable; or that
 * the browser-mode server is gone and nothing can be saved.
 */
export function saveStatus(
  { connected, writesInFlight, savedAt }: Pick<ProjectState, 'connected' | 'writesInFlight' | 'savedAt'>,
  hasSavedContent = false
): SaveStatus {
  if (!connected) return { state: 'disconnected', text: DISCONNECTED }
  if (writesInFlight > 0) return { state: 'saving', text: 'Saving…' }
  if (savedAt) return { state: 'saved', text: `Saved ${clock(savedAt)}` }
  if (hasSavedContent) return { state: 'saved', text: 'All changes saved' }
  return { state: 'idle', text: 'No changes yet' }
}
