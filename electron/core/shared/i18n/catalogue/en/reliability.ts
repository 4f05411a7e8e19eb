/** English: the reliability messages. Keys start with `reliability.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const reliability = {
} as const satisfies Record<`reliability.${string}`, string>
