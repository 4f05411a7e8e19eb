import type { relations as english } from '../en/relations'

/** Arabic: the relations messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const relations: Record<keyof typeof english, string> = {
}
