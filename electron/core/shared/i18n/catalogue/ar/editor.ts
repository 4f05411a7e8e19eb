import type { editor as english } from '../en/editor'

/** Arabic: the editor messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const editor: Record<keyof typeof english, string> = {
}
