import type { importing as english } from '../en/importing'

/** Arabic: the importing messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const importing: Record<keyof typeof english, string> = {
}
