/** English: the relations messages. Keys start with `relations.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const relations = {
} as const satisfies Record<`relations.${string}`, string>
