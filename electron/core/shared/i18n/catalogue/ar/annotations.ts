import type { annotations as english } from '../en/annotations'

/** Arabic: the annotations messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const annotations: Record<keyof typeof english, string> = {
}
