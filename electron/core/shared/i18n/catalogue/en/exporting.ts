/** English: the exporting messages. Keys start with `exporting.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const exporting = {
} as const satisfies Record<`exporting.${string}`, string>
