import type { entities as english } from '../en/entities'

/** Arabic: the entities messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const entities: Record<keyof typeof english, string> = {
}
