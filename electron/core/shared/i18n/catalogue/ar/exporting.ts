import type { exporting as english } from '../en/exporting'

/** Arabic: the exporting messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const exporting: Record<keyof typeof english, string> = {
}
