import { LANGUAGES, type Digits } from '@core/shared/i18n/locale'
import { useLanguageSetting, useT } from '../i18n/I18nProvider'
import type { LanguageChoice as Choice } from '../i18n/language-setting'

const CHOICES: Choice[] = ['system', ...LANGUAGES]
const DIGITS: Digits[] = ['arab', 'latn']

/**
 * The interface language on the start screen, which has no Menu: the same setting as the Menu's, as a
 * labelled select (and the digits, when the interface is in Arabic), each an item of the start screen's header.
 */
export function LanguageChoice() {
  const { t, language, digits } = useT()
  const { setting, chooseLanguage, chooseDigits } = useLanguageSetting()
  return (
    <>
      <label>
        {t('common.language')}{' '}
        <select value={setting.choice} onChange={(event) => chooseLanguage(event.target.value as Choice)}>
          {CHOICES.map((choice) =>
            // A language's name is written in that language, so either can be found from the other.
            choice === 'system' ? (
              <option key={choice} value={choice}>
                {t('common.language.system')}
              </option>
            ) : (
              <option key={choice} value={choice} lang={choice}>
                {t(`common.language.${choice}`)}
              </option>
            )
          )}
        </select>
      </label>
      {language === 'ar' && (
        <label>
          {t('common.digits')}{' '}
          <select value={digits} onChange={(event) => chooseDigits(event.target.value as Digits)}>
            {DIGITS.map((value) => (
              <option key={value} value={value}>
                {t(`common.digits.${value}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  )
}
