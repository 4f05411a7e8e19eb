/** English: the desktop messages. Keys start with `desktop.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const desktop = {
} as const satisfies Record<`desktop.${string}`, string>
