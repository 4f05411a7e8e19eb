/** English: the importing messages. Keys start with `importing.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const importing = {
} as const satisfies Record<`importing.${string}`, string>
