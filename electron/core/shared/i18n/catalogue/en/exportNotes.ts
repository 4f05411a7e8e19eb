/** English: exports and repairs: what an export left out or changed, why an export failed, what a repair of a damaged project did. Keys start with `exportNotes.`; user text in values. */
export const exportNotes = {
} as const satisfies Record<`exportNotes.${string}`, string>
