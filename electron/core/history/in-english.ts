import { sayHistory, type HistoryMessage } from '../shared/i18n/history-message'
import { createTranslator } from '../shared/i18n/translator'

const english = createTranslator('en')

/** A history message as the CLI, the logs and the labels read it: in English. */
export function inEnglish(message: HistoryMessage): string {
  return sayHistory(english, message)
}
