/** English: reading imported files: why a file or a document of it cannot be read (readers, format detection, decoding). Keys start with `readers.`; user text in values. */
export const readers = {
} as const satisfies Record<`readers.${string}`, string>
