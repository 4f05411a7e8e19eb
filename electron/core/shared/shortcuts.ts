/**
 * Every keyboard shortcut of the workbench, in one table: the shortcuts dialog lists it, the key
 * handlers match against it, and the Electron menu builds its accelerators from it (electron/main/menu.ts).
 * `keys` use "Mod" for Ctrl (Cmd on macOS).
 */
export interface Shortcut {
  id: string
  /** Each alternative is one chord, e.g. ["Mod+Shift+Z", "Mod+Y"]. */
  keys: string[]
  description: string
  group: 'Projects' | 'Selecting' | 'Tagging' | 'Editing' | 'Navigation' | 'Help'
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'projects', keys: ['Mod+O'], description: 'Open, create or switch projects (the start screen)', group: 'Projects' },
  { id: 'projectSettings', keys: ['Mod+,'], description: 'Project settings: name, description, folder, counts', group: 'Projects' },
  { id: 'caret', keys: ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'], description: 'With the text focused (Tab to it, or click in it): move the caret by a word, or by a paragraph', group: 'Selecting' },
  {
    id: 'extendSelection',
    keys: ['Shift+ArrowRight', 'Shift+ArrowLeft', 'Mod+Shift+ArrowRight', 'Mod+Shift+ArrowLeft'],
    description: 'With the caret in the text: extend the selection word by word (Shift+↑/↓: by paragraph); a tag key then tags it',
    group: 'Selecting'
  },
  { id: 'exactSelection', keys: ['Alt+drag'], description: 'Select exactly the characters dragged over (a selection otherwise snaps to whole words)', group: 'Selecting' },
  { id: 'selectWord', keys: ['Double-click'], description: 'Select a word; the next tag key tags it', group: 'Selecting' },
  { id: 'tag', keys: ['1…9'], description: 'Tag the selection (or retag the selected annotation) with the tag on that key', group: 'Tagging' },
  { id: 'delete', keys: ['Delete', 'Backspace'], description: 'Delete the selected annotation', group: 'Tagging' },
  {
    id: 'deleteDocuments',
    keys: ['Delete', 'Backspace'],
    description: 'In the document list: delete the checked documents (or the focused one), after saying how many annotations go',
    group: 'Editing'
  },
  {
    id: 'resizeEnd',
    keys: ['Shift+ArrowRight', 'Shift+ArrowLeft'],
    description: 'Move the end of the selected annotation one word later or earlier (or drag the handle at its end)',
    group: 'Editing'
  },
  {
    id: 'resizeStart',
    keys: ['Alt+Shift+ArrowRight', 'Alt+Shift+ArrowLeft'],
    description: 'Move the start of the selected annotation one word (or drag the handle at its start)',
    group: 'Editing'
  },
  { id: 'find', keys: ['Mod+F'], description: 'Find in the document or across all documents, and tag all matches', group: 'Editing' },
  { id: 'undo', keys: ['Mod+Z'], description: 'Undo', group: 'Editing' },
  { id: 'redo', keys: ['Mod+Shift+Z', 'Mod+Y'], description: 'Redo', group: 'Editing' },
  { id: 'nextAnnotation', keys: ['J'], description: 'Next annotation: select it, scroll to it and focus it', group: 'Navigation' },
  { id: 'previousAnnotation', keys: ['K'], description: 'Previous annotation', group: 'Navigation' },
  { id: 'nextDocument', keys: ['Alt+ArrowDown'], description: 'Next document in the list', group: 'Navigation' },
  { id: 'previousDocument', keys: ['Alt+ArrowUp'], description: 'Previous document in the list', group: 'Navigation' },
  { id: 'details', keys: ['Enter'], description: 'Open the details of the selected annotation', group: 'Navigation' },
  { id: 'escape', keys: ['Escape'], description: 'Close the dialog or the detail panel, then clear the selection', group: 'Navigation' },
  { id: 'shortcuts', keys: ['?'], description: 'Show this list of shortcuts', group: 'Help' }
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
