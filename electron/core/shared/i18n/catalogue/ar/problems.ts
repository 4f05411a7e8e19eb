import type { problems as english } from '../en/problems'

/** A placeholder for user text (a file name, a label), isolated so Latin text keeps its order in an Arabic sentence. */
export const user = (name: string) => `\u2068{${name}}\u2069`

/** Arabic: the core's errors outside import and export: invalid input, not found, locks, saves, projects, backups; plurals give all six forms (zero, one, two, few, many, other). */
export const problems: Record<keyof typeof english, string> = {
}
