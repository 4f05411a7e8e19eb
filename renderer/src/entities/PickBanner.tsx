import { useT } from '../i18n/I18nProvider'
import { stopPick, useHighlightPick } from './highlight-pick'
import { articleFor, userText } from '../i18n/user-text'

/**
 * Over the reader while a field (Attributed to, Stated in) waits for a highlight to be clicked: says what to
 * click, and stops. On a narrow window the field itself is behind another tab, so this is the only sign of it.
 */
export function PickBanner() {
  const pick = useHighlightPick()
  const translator = useT()
  if (!pick) return null
  return (
    <div className="pick-banner" role="status">
      <span>{translator.t('entities.pick.banner', { field: userText(translator, pick.field), article: articleFor(pick.tag), tag: userText(translator, pick.tag) })}</span>
      <button type="button" onClick={() => stopPick(pick.owner)}>
        {translator.t('entities.pick.stop')}
      </button>
    </div>
  )
}
