/** English: the documents messages. Keys start with `documents.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const documents = {
} as const satisfies Record<`documents.${string}`, string>
