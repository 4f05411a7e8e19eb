/** The interface languages Tessera speaks. */
export const LANGUAGES = ['en', 'ar'] as const
export type Language = (typeof LANGUAGES)[number]

/** The digits numbers are written with: Arabic-Indic (٠١٢) or Western (012). */
export type Digits = 'arab' | 'latn'

export type Direction = 'ltr' | 'rtl'

/** The interface language for a BCP 47 tag (`ar-SY`, `en_GB.UTF-8`): Arabic for any Arabic locale, else English. */
export function languageOfLocale(tag: string | undefined | null): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_.@]/u)[0]
  return primary === 'ar' ? 'ar' : 'en'
}

/** The first of the user's preferred locales Tessera speaks, else English. */
export function languageOfLocales(tags: readonly string[]): Language {
  for (const tag of tags) {
    const language = languageOfLocale(tag)
    if (language !== 'en' || /^en\b/iu.test(tag)) return language
  }
  return 'en'
}

/** Arabic-Indic digits unless the user asked for Western ones; English always Western. */
export function defaultDigits(language: Language): Digits {
  return language === 'ar' ? 'arab' : 'latn'
}

export function directionOf(language: Language): Direction {
  return language === 'ar' ? 'rtl' : 'ltr'
}

/**
 * The locale Intl formats with: the Gregorian calendar always (an Arabic locale may default to the
 * Hijri one), and the digits chosen. English is British English, as the dates the app shows always were.
 */
export function intlLocale(language: Language, digits: Digits): string {
  return language === 'ar' ? `ar-u-ca-gregory-nu-${digits}` : `en-GB-u-ca-gregory-nu-${digits}`
}
