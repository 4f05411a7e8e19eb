import { defaultDigits, languageOfLocales, type Digits, type Language } from '@core/shared/i18n/locale'

export type LanguageChoice = Language | 'system'

const LANGUAGE_KEY = 'tessera.language'
const DIGITS_KEY = 'tessera.digits'

export interface LanguageSetting {
  choice: LanguageChoice
  /** Null: the language's own default (Arabic-Indic in Arabic). */
  digits: Digits | null
}

export function storedLanguageSetting(): LanguageSetting {
  const language = localStorage.getItem(LANGUAGE_KEY)
  const digits = localStorage.getItem(DIGITS_KEY)
  return {
    choice: language === 'en' || language === 'ar' ? language : 'system',
    digits: digits === 'arab' || digits === 'latn' ? digits : null
  }
}

export function storeLanguageSetting(setting: LanguageSetting): void {
  if (setting.choice === 'system') localStorage.removeItem(LANGUAGE_KEY)
  else localStorage.setItem(LANGUAGE_KEY, setting.choice)
  if (setting.digits === null) localStorage.removeItem(DIGITS_KEY)
  else localStorage.setItem(DIGITS_KEY, setting.digits)
}

/** The language and digits a setting means here: "system" is the first of the OS's preferred locales Tessera speaks. */
export function resolvedLanguage(setting: LanguageSetting, systemLocales: readonly string[]): { language: Language; digits: Digits } {
  const language = setting.choice === 'system' ? languageOfLocales(systemLocales) : setting.choice
  return { language, digits: setting.digits ?? defaultDigits(language) }
}
