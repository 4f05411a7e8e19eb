import { useEffect } from 'react'
import { useT } from '../i18n/I18nProvider'
import { announce } from './announcer'
import type { Notice as NoticeValue } from '../store/project-store'

const INFO_TIMEOUT_MS = 6000

export function Notice({ notice, onDismiss }: { notice: NoticeValue | null; onDismiss(): void }) {
  const { t } = useT()
  // Information is said once through the window's announcer; an error is an alert of its own.
  useEffect(() => {
    if (notice?.kind === 'info') announce(notice.text)
  }, [notice])

  useEffect(() => {
    if (notice?.kind !== 'info') return
    const timer = setTimeout(onDismiss, INFO_TIMEOUT_MS)
    return () => clearTimeout(timer)
  }, [notice, onDismiss])

  if (!notice) return null
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : undefined}>
      <span>{notice.text}</span>
      <button type="button" className="notice-close" aria-label={t('shell.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  )
}
