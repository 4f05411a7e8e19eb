/** English: an import's report: warnings, skip and failure reasons, what happened to spans, tags and relations on the way in. Keys start with `importReport.`; user text in values. */
export const importReport = {
  'importReport.couldNotBeImported': 'could not be imported ({reason})',
} as const satisfies Record<`importReport.${string}`, string>
