import type { MessageKey } from './i18n/catalogue'

/**
 * Every keyboard shortcut of the workbench, in one table: the shortcuts dialog lists it, the key
 * handlers match against it, and the Electron menu builds its accelerators from it (electron/main/menu.ts).
 * `keys` use "Mod" for Ctrl (Cmd on macOS) and stay as written in every language.
 */
export interface Shortcut {
  id: string
  /** Each alternative is one chord, e.g. ["Mod+Shift+Z", "Mod+Y"]. */
  keys: string[]
  /** What the keys do, as the shortcuts dialog says it: a message of the `shell` section. */
  description: MessageKey
  group: 'Projects' | 'Selecting' | 'Tagging' | 'Editing' | 'Navigation' | 'Review' | 'Help'
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'projects', keys: ['Mod+O'], description: 'shell.shortcut.projects', group: 'Projects' },
  { id: 'projectSettings', keys: ['Mod+,'], description: 'shell.shortcut.projectSettings', group: 'Projects' },
  { id: 'caret', keys: ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'], description: 'shell.shortcut.caret', group: 'Selecting' },
  {
    id: 'extendSelection',
    keys: ['Shift+ArrowRight', 'Shift+ArrowLeft', 'Mod+Shift+ArrowRight', 'Mod+Shift+ArrowLeft'],
    description: 'shell.shortcut.extendSelection',
    group: 'Selecting'
  },
  { id: 'exactSelection', keys: ['Alt+drag'], description: 'shell.shortcut.exactSelection', group: 'Selecting' },
  { id: 'selectWord', keys: ['Double-click'], description: 'shell.shortcut.selectWord', group: 'Selecting' },
  { id: 'tag', keys: ['1…9'], description: 'shell.shortcut.tag', group: 'Tagging' },
  { id: 'delete', keys: ['Delete', 'Backspace'], description: 'shell.shortcut.delete', group: 'Tagging' },
  {
    id: 'deleteDocuments',
    keys: ['Delete', 'Backspace'],
    description: 'shell.shortcut.deleteDocuments',
    group: 'Editing'
  },
  {
    id: 'resizeEnd',
    keys: ['Shift+ArrowRight', 'Shift+ArrowLeft'],
    description: 'shell.shortcut.resizeEnd',
    group: 'Editing'
  },
  {
    id: 'resizeStart',
    keys: ['Alt+Shift+ArrowRight', 'Alt+Shift+ArrowLeft'],
    description: 'shell.shortcut.resizeStart',
    group: 'Editing'
  },
  { id: 'find', keys: ['Mod+F'], description: 'shell.shortcut.find', group: 'Editing' },
  { id: 'undo', keys: ['Mod+Z'], description: 'shell.shortcut.undo', group: 'Editing' },
  { id: 'redo', keys: ['Mod+Shift+Z', 'Mod+Y'], description: 'shell.shortcut.redo', group: 'Editing' },
  { id: 'nextAnnotation', keys: ['J'], description: 'shell.shortcut.nextAnnotation', group: 'Navigation' },
  { id: 'previousAnnotation', keys: ['K'], description: 'shell.shortcut.previousAnnotation', group: 'Navigation' },
  { id: 'nextDocument', keys: ['Alt+ArrowDown'], description: 'shell.shortcut.nextDocument', group: 'Navigation' },
  { id: 'previousDocument', keys: ['Alt+ArrowUp'], description: 'shell.shortcut.previousDocument', group: 'Navigation' },
  { id: 'details', keys: ['Enter'], description: 'shell.shortcut.details', group: 'Navigation' },
  { id: 'escape', keys: ['Escape'], description: 'shell.shortcut.escape', group: 'Navigation' },
  { id: 'cycleLayers', keys: ['L'], description: 'layers.shortcut.cycle', group: 'Navigation' },
  { id: 'reviewNext', keys: ['J', 'ArrowDown'], description: 'review.shortcut.next', group: 'Review' },
  { id: 'reviewPrevious', keys: ['K', 'ArrowUp'], description: 'review.shortcut.previous', group: 'Review' },
  { id: 'reviewAccept', keys: ['1…9'], description: 'review.shortcut.accept', group: 'Review' },
  { id: 'reviewMerge', keys: ['M'], description: 'review.shortcut.merge', group: 'Review' },
  { id: 'reviewNone', keys: ['0'], description: 'review.shortcut.none', group: 'Review' },
  { id: 'shortcuts', keys: ['?'], description: 'shell.shortcut.shortcuts', group: 'Help' }
]

/** The chord as an Electron accelerator: "Mod+Shift+Z" → "CmdOrCtrl+Shift+Z". */
export function toAccelerator(chord: string): string {
  return chord.replace('Mod', 'CmdOrCtrl')
}

/** The menu accelerator of a shortcut: its first chord. */
export function acceleratorOf(shortcutId: string): string | undefined {
  const chord = SHORTCUTS.find((s) => s.id === shortcutId)?.keys[0]
  return chord === undefined ? undefined : toAccelerator(chord)
}
