/** English: the annotations messages. Keys start with `annotations.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const annotations = {
} as const satisfies Record<`annotations.${string}`, string>
