import type { Translator } from '@core/shared/i18n/translator'

/** Clauses as one sentence: "a; b; c." (the Arabic semicolon in Arabic). */
export function sentence(t: Translator, clauses: readonly string[]): string {
  return `${clauses.join(t.t('entities.clauseSeparator'))}.`
}
