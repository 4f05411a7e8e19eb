import type { exportNotes as english } from '../en/exportNotes'

/** A placeholder for user text (a file name, a label), isolated so Latin text keeps its order in an Arabic sentence. */
export const user = (name: string) => `\u2068{${name}}\u2069`

/** Arabic: exports and repairs: what an export left out or changed, why an export failed, what a repair of a damaged project did; plurals give all six forms (zero, one, two, few, many, other). */
export const exportNotes: Record<keyof typeof english, string> = {
}
