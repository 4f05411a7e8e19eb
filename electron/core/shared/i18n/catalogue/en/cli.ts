/** English: the cli messages. Keys start with `cli.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const cli = {
} as const satisfies Record<`cli.${string}`, string>
