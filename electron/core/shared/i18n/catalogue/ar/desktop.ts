import type { desktop as english } from '../en/desktop'

/** Arabic: the desktop messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const desktop: Record<keyof typeof english, string> = {
}
