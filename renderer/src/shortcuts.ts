/**
 * Every keyboard shortcut of the workbench, in one table: the shortcuts dialog lists it, the key
 * handlers match against it, and the Electron menu can build its accelerators from it.
 * `keys` use "Mod" for Ctrl (Cmd on macOS).
 */
export interface Shortcut {
  id: string
  /** Each alternative is one chord, e.g. ["Mod+Shift+Z", "Mod+Y"]. */
  keys: string[]
  description: string
  group: 'Tagging' | 'Editing' | 'Navigation' | 'Help'
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'tag', keys: ['1…9'], description: 'Tag the selection (or retag the selected annotation) with the tag on that key', group: 'Tagging' },
  { id: 'delete', keys: ['Delete', 'Backspace'], description: 'Delete the selected annotation', group: 'Tagging' },
  { id: 'find', keys: ['Mod+F'], description: 'Find in the document or across all documents, and tag all matches', group: 'Editing' },
  { id: 'undo', keys: ['Mod+Z'], description: 'Undo', group: 'Editing' },
  { id: 'redo', keys: ['Mod+Shift+Z', 'Mod+Y'], description: 'Redo', group: 'Editing' },
  { id: 'details', keys: ['Enter'], description: 'Open the details of the selected annotation', group: 'Navigation' },
  { id: 'escape', keys: ['Escape'], description: 'Close the dialog or the detail panel, then clear the selection', group: 'Navigation' },
  { id: 'shortcuts', keys: ['?'], description: 'Show this list of shortcuts', group: 'Help' }
]

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** A chord as the user's platform writes it: "Ctrl+Shift+Z", or "⌘⇧Z" on macOS. */
export function displayKeys(chord: string): string {
  if (!isMac) return chord.replace('Mod', 'Ctrl')
  return chord.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥')
}

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
