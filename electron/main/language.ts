import { languageOfLocales, type Digits, type Language } from '../core/shared/i18n/locale'
import { createTranslator, type Translator } from '../core/shared/i18n/translator'

/**
 * The language of the native menu and dialogs: the OS's preferred one Tessera speaks until the renderer
 * tells the one it shows (the user's choice in its menu, kept in its storage), then that one.
 */
export class DesktopLanguage {
  private translator: Translator

  constructor(systemLocales: readonly string[]) {
    this.translator = createTranslator(languageOfLocales(systemLocales))
  }

  get current(): Translator {
    return this.translator
  }

  /** Takes the renderer's language and digits; false when they are the ones already in use (nothing to rebuild). */
  set(language: Language, digits: Digits): boolean {
    if (language === this.translator.language && digits === this.translator.digits) return false
    this.translator = createTranslator(language, digits)
    return true
  }
}
