import type { shell as english } from '../en/shell'

/** Arabic: the shell messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const shell: Record<keyof typeof english, string> = {
  'shell.menu': 'القائمة',
  'shell.theme': 'المظهر',
  'shell.theme.system': 'مظهر النظام',
  'shell.theme.light': 'مظهر فاتح',
  'shell.theme.dark': 'مظهر داكن'
}
