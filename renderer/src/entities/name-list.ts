import type { Translator } from '@core/shared/i18n/translator'
import { userText } from '../i18n/user-text'

/** User names as one list ("HTS, Hayat Tahrir al-Sham"), with the language's comma. */
export function nameList(t: Translator, names: readonly string[]): string {
  return names.map((name) => userText(t, name)).join(t.t('entities.listSeparator'))
}
