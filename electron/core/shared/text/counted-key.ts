/**
 * The key "What is counted" values are compared by in the combobox, so "Militants Killed" and
 * " militants  killed" are offered as the same thing. A stop-gap: lower case, trimmed, spaces
 * collapsed. To be replaced by the one folding function the core is gaining (issue 24.1), which also
 * folds Arabic letter variants and diacritics; only this function needs to change.
 */
export function countedFoldKey(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('und').trim().replace(/\s+/gu, ' ')
}
