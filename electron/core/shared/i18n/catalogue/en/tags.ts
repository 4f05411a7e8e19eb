/** English: the tags messages. Keys start with `tags.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const tags = {
} as const satisfies Record<`tags.${string}`, string>
