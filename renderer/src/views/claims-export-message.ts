import { canSay, say } from '@core/shared/i18n/said'
import type { Translator } from '@core/shared/i18n/translator'
import type { ExportOutcome } from '../api/client'

/**
 * What the Claims CSV export did, in the notice: how many claims went where, then the core's notes on the
 * file (its offset unit, and the articles left out of it because they could not be read, so a file
 * missing rows is not taken for the whole corpus). Null when the user cancelled.
 */
export function claimsExportMessage(outcome: ExportOutcome, translator: Translator): string | null {
  if (!outcome.savedTo) return null
  const sentence = translator.t('views.claims.exported', { count: outcome.report?.annotationCount ?? 0, path: outcome.savedTo })
  // A note this build cannot say (a server of another version) is left out rather than break the notice.
  const notes = (outcome.report?.notes ?? []).filter((note) => canSay(translator, note)).map((note) => say(translator, note))
  return [sentence, ...notes].join(' ')
}
