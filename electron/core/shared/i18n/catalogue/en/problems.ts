/** English: the core's errors outside import and export: invalid input, not found, locks, saves, projects, backups. Keys start with `problems.`; user text in values. */
export const problems = {
} as const satisfies Record<`problems.${string}`, string>
