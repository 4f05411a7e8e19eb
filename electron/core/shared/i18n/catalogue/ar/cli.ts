import type { cli as english } from '../en/cli'

/** Arabic: the cli messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const cli: Record<keyof typeof english, string> = {
}
