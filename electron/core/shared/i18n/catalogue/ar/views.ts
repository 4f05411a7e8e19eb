import type { views as english } from '../en/views'

/** Arabic: the views messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const views: Record<keyof typeof english, string> = {
}
