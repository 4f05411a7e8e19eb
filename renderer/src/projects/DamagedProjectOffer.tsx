import { canSay, say } from '@core/shared/i18n/said'
import type { DamagedProjectInfo } from '@core/shared/workspace/types'
import { useT } from '../i18n/I18nProvider'

interface DamagedProjectOfferProps {
  damaged: DamagedProjectInfo
  busy: boolean
  /** Restores project.json from `backup`, or rebuilds it from the documents (null). */
  onRecover(backup: string | null): void
}

/** A project whose project.json is damaged: what is wrong, and one button that brings it back (its documents stay as they are). */
export function DamagedProjectOffer({ damaged, busy, onRecover }: DamagedProjectOfferProps) {
  const translator = useT()
  const { t } = translator
  return (
    <section className="start-damaged" aria-labelledby="damaged-title">
      <h2 id="damaged-title">{t('projects.damaged.title')}</h2>
      <p>{canSay(translator, damaged.said) ? say(translator, damaged.said) : damaged.message}</p>
      <button type="button" className="primary" disabled={busy} onClick={() => onRecover(damaged.backup)}>
        {damaged.backup ? t('projects.damaged.restore', { backup: damaged.backup }) : t('projects.damaged.rebuild')}
      </button>
    </section>
  )
}
