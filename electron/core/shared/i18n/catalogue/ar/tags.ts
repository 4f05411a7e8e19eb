import type { tags as english } from '../en/tags'

/** Arabic: the tags messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const tags: Record<keyof typeof english, string> = {
}
