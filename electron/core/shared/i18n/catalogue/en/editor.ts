/** English: the editor messages. Keys start with `editor.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const editor = {
} as const satisfies Record<`editor.${string}`, string>
