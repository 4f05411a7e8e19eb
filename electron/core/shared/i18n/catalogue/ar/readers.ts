import type { readers as english } from '../en/readers'

/** A placeholder for user text (a file name, a label), isolated so Latin text keeps its order in an Arabic sentence. */
export const user = (name: string) => `\u2068{${name}}\u2069`

/** Arabic: reading imported files: why a file or a document of it cannot be read (readers, format detection, decoding); plurals give all six forms (zero, one, two, few, many, other). */
export const readers: Record<keyof typeof english, string> = {
}
