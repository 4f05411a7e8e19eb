/** English: the views messages. Keys start with `views.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const views = {
} as const satisfies Record<`views.${string}`, string>
