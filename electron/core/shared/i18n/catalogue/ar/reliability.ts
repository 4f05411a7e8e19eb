import type { reliability as english } from '../en/reliability'

/** Arabic: the reliability messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const reliability: Record<keyof typeof english, string> = {
}
