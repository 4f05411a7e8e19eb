/** English: the shell messages. Keys start with `shell.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const shell = {
  'shell.menu': 'Menu',
  'shell.theme': 'Theme',
  'shell.theme.system': 'System theme',
  'shell.theme.light': 'Light theme',
  'shell.theme.dark': 'Dark theme'
} as const satisfies Record<`shell.${string}`, string>
