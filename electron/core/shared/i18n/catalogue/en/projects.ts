/** English: the projects messages. Keys start with `projects.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const projects = {
} as const satisfies Record<`projects.${string}`, string>
