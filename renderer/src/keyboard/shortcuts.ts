/** The one table of shortcuts lives in the core, so the Electron menu shares it; the DOM helpers live here. */
import { SHORTCUTS } from '@core/shared/shortcuts'

export { SHORTCUTS, type Shortcut } from '@core/shared/shortcuts'

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** A chord as the user's platform writes it: "Ctrl+Shift+Z", or "⌘⇧Z" on macOS. */
export function displayKeys(chord: string): string {
  const arrows = chord.replace(/Arrow(Left|Right|Up|Down)/, (_, name: string) => ARROW_SIGNS[name] ?? name)
  if (!isMac) return arrows.replace('Mod', 'Ctrl')
  return arrows.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥')
}

const ARROW_SIGNS: Record<string, string> = { Left: '←', Right: '→', Up: '↑', Down: '↓' }

/** The value for `aria-keyshortcuts` (WAI-ARIA names: Control, Meta, Shift). */
export function ariaKeys(shortcutId: string): string | undefined {
  const shortcut = SHORTCUTS.find((s) => s.id === shortcutId)
  return shortcut?.keys.map((chord) => chord.replace('Mod', isMac ? 'Meta' : 'Control')).join(' ')
}

/** True when `event` is the chord, e.g. "Mod+Shift+Z". */
export function matchesChord(event: KeyboardEvent, chord: string): boolean {
  const parts = chord.split('+')
  const key = parts[parts.length - 1] ?? ''
  const mod = parts.includes('Mod')
  const wantsShift = parts.includes('Shift')
  const modPressed = isMac ? event.metaKey : event.ctrlKey
  if (mod !== modPressed || wantsShift !== event.shiftKey || parts.includes('Alt') !== event.altKey) return false
  return event.key.toLowerCase() === key.toLowerCase()
}

export function matchesShortcut(event: KeyboardEvent, shortcutId: string): boolean {
  return SHORTCUTS.find((s) => s.id === shortcutId)?.keys.some((chord) => matchesChord(event, chord)) ?? false
}
