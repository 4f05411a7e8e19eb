/** English: the entities messages. Keys start with `entities.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const entities = {
} as const satisfies Record<`entities.${string}`, string>
