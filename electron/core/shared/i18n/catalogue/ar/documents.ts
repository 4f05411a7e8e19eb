import type { documents as english } from '../en/documents'

/** Arabic: the documents messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const documents: Record<keyof typeof english, string> = {
}
