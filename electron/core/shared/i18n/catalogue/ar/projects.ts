import type { projects as english } from '../en/projects'

/** Arabic: the projects messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const projects: Record<keyof typeof english, string> = {
}
