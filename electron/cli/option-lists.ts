/** A comma-separated option value as a list, blanks dropped; undefined when the option was not given. */
export const commaList = (value: string | undefined): string[] | undefined =>
  value === undefined ? undefined : value.split(',').map((item) => item.trim()).filter(Boolean)
