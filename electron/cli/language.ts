import { defaultDigits, languageOfLocale, type Digits, type Language } from '../core/shared/i18n/locale'
import { createTranslator, type Translator } from '../core/shared/i18n/translator'

/**
 * The language the CLI speaks: TESSERA_LANG, else the locale POSIX programs read messages in (LC_ALL, then
 * LC_MESSAGES, then LANG; an empty variable counts as unset). "C", "POSIX" or nothing set: English.
 */
export function cliLanguage(env: NodeJS.ProcessEnv): Language {
  const locale = [env.TESSERA_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value.trim() !== '')
  return languageOfLocale(locale)
}

/** TESSERA_DIGITS=arab or latn; anything else leaves the language's own digits (Arabic-Indic in Arabic). */
export function cliDigits(env: NodeJS.ProcessEnv, language: Language): Digits {
  const chosen = env.TESSERA_DIGITS?.trim().toLowerCase()
  return chosen === 'arab' || chosen === 'latn' ? chosen : defaultDigits(language)
}

/** The translator for everything the CLI itself prints; machine output (--json, files, ids, paths) never goes through it. */
export function cliTranslator(env: NodeJS.ProcessEnv): Translator {
  const language = cliLanguage(env)
  return createTranslator(language, cliDigits(env, language))
}
