import { Children, useEffect, useState, type ReactNode } from 'react'
import { canSay, say } from '@core/shared/i18n/said'
import { useT } from '../i18n/I18nProvider'
import { formatLabel } from './export-form'
import type { ExportDone } from './export-message'

export { exportMessage } from './export-message'

/** Long enough to read a path; the timer waits while the pointer or focus is on the notice. */
export const EXPORT_NOTICE_MS = 15_000

/**
 * Where the export went and what it holds; goes by itself after a while (not while the pointer or focus
 * is on it, so a path being read or copied stays), or at once with ×. Not a live region: the window's
 * announcer says the same sentence once (see App), so it is not read twice.
 */
export function ExportNotice({ done, onDismiss }: { done: ExportDone; onDismiss(): void }) {
  const translator = useT()
  const { t, rich } = translator
  const { outcome, format, downloaded } = done
  const [held, setHeld] = useState({ pointer: false, focus: false })
  const waiting = held.pointer || held.focus
  useEffect(() => {
    if (waiting) return
    const timer = setTimeout(onDismiss, EXPORT_NOTICE_MS)
    return () => clearTimeout(timer)
  }, [done, waiting, onDismiss])
  const sentence = rich<ReactNode>(downloaded ? 'exporting.notice.downloaded' : 'exporting.notice.saved', {
    count: outcome.documentCount ?? 0,
    format: formatLabel(format, translator),
    path: <code dir="auto">{outcome.savedTo}</code>,
    strong: (chunks) => <strong>{chunks}</strong>,
    span: (chunks) => <span>{chunks}</span>
  })
  return (
    <section
      className="export-notice"
      aria-label={t('exporting.notice')}
      onPointerEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onPointerLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setHeld((h) => ({ ...h, focus: false }))
      }}
    >
      <div>
        {Children.toArray(sentence)}
        {/* A note this build cannot say (a server of another version) is left out rather than break the notice. */}
        {outcome.report?.notes.filter((note) => canSay(translator, note)).map((note) => say(translator, note)).map((note) => (
          <p key={note} className="export-note">
            {note}
          </p>
        ))}
      </div>
      <button type="button" className="notice-close" aria-label={t('exporting.notice.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </section>
  )
}
