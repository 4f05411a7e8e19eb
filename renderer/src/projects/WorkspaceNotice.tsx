import { useState } from 'react'
import { canSay, say, type Said } from '@core/shared/i18n/said'
import { useT } from '../i18n/I18nProvider'

/**
 * What the workspace has to tell the user once a project is open: what a repair of project.json did, a
 * changed sample kept aside, settings that could not be saved. The start screen, which shows it otherwise, has
 * gone by then. It stays until dismissed: a repair's notes take longer to read than a passing notice.
 */
export function WorkspaceNotice({ notice }: { notice: Said | null }) {
  const translator = useT()
  // Compared as data: every workspace change brings a new copy of the same notice.
  const [dismissed, setDismissed] = useState<string | null>(null)
  if (!canSay(translator, notice) || JSON.stringify(notice) === dismissed) return null
  return (
    <div className="notice notice-info workspace-notice" role="status">
      <span>{say(translator, notice)}</span>
      <button type="button" className="notice-close" aria-label={translator.t('shell.dismiss')} onClick={() => setDismissed(JSON.stringify(notice))}>
        ×
      </button>
    </div>
  )
}
