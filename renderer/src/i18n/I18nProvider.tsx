import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { createTranslator, type Translator } from '@core/shared/i18n/translator'
import type { Digits } from '@core/shared/i18n/locale'
import { resolvedLanguage, storedLanguageSetting, storeLanguageSetting, type LanguageChoice, type LanguageSetting } from './language-setting'

interface I18nState {
  translator: Translator
  setting: LanguageSetting
  chooseLanguage(choice: LanguageChoice): void
  chooseDigits(digits: Digits): void
}

const ENGLISH = createTranslator('en')
const I18nContext = createContext<I18nState>({ translator: ENGLISH, setting: { choice: 'en', digits: null }, chooseLanguage() {}, chooseDigits() {} })

function systemLocales(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language]
}

/**
 * The interface language: the one chosen in the menu, else the system's (Arabic for an Arabic locale).
 * Sets `lang` and `dir` on the root element, so the layout (CSS logical properties) mirrors in Arabic.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [setting, setSetting] = useState(storedLanguageSetting)
  const [locales, setLocales] = useState(systemLocales)
  useEffect(() => {
    const changed = () => setLocales(systemLocales())
    window.addEventListener('languagechange', changed)
    return () => window.removeEventListener('languagechange', changed)
  }, [])
  const { language, digits } = resolvedLanguage(setting, locales)
  const state = useMemo<I18nState>(() => {
    const update = (next: LanguageSetting) => {
      storeLanguageSetting(next)
      setSetting(next)
    }
    return {
      translator: createTranslator(language, digits),
      setting,
      chooseLanguage: (choice) => update({ ...setting, choice }),
      chooseDigits: (chosen) => update({ ...setting, digits: chosen })
    }
  }, [language, digits, setting])
  useEffect(() => {
    document.documentElement.lang = language
    document.documentElement.dir = state.translator.direction
  }, [language, state.translator.direction])
  return <I18nContext.Provider value={state}>{children}</I18nContext.Provider>
}

/** The interface's translator: `t(key, values)`, numbers, dates and lists in the user's language. */
export function useT(): Translator {
  return useContext(I18nContext).translator
}

/** The language setting and its setters, for the menu. */
export function useLanguageSetting(): Omit<I18nState, 'translator'> {
  const { setting, chooseLanguage, chooseDigits } = useContext(I18nContext)
  return { setting, chooseLanguage, chooseDigits }
}
