import { withArticle } from '../format/indefinite'
import { stopPick, useHighlightPick } from './highlight-pick'

/**
 * Over the reader while a field (Attributed to, Stated in) waits for a highlight to be clicked: says what to
 * click, and stops. On a narrow window the field itself is behind another tab, so this is the only sign of it.
 */
export function PickBanner() {
  const pick = useHighlightPick()
  if (!pick) return null
  return (
    <div className="pick-banner" role="status">
      <span>
        Picking {pick.field}: click {withArticle(pick.tag)} highlight.
      </span>
      <button type="button" onClick={() => stopPick(pick.owner)}>
        Stop picking
      </button>
    </div>
  )
}
