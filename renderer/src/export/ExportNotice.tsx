import { useEffect, useState } from 'react'
import type { ExportDone } from './ExportDialog'

/** Long enough to read a path; the timer waits while the pointer or focus is on the notice. */
export const EXPORT_NOTICE_MS = 15_000

/** What the export did, in one sentence: how many documents, which format, where the file went. */
export function exportMessage({ outcome, formatLabel, downloaded }: ExportDone): string {
  const count = outcome.documentCount ?? 0
  const documents = `${count} document${count === 1 ? '' : 's'}`
  return downloaded
    ? `Exported ${documents} as ${formatLabel} to your browser's downloads, as ${outcome.savedTo}`
    : `Exported ${documents} as ${formatLabel} to ${outcome.savedTo}`
}

/**
 * Where the export went and what it holds; goes by itself after a while (not while the pointer or focus
 * is on it, so a path being read or copied stays), or at once with ×. Not a live region: the window's
 * announcer says the same sentence once (see App), so it is not read twice.
 */
export function ExportNotice({ done, onDismiss }: { done: ExportDone; onDismiss(): void }) {
  const { outcome, formatLabel, downloaded } = done
  const count = outcome.documentCount ?? 0
  const [held, setHeld] = useState({ pointer: false, focus: false })
  const waiting = held.pointer || held.focus
  useEffect(() => {
    if (waiting) return
    const timer = setTimeout(onDismiss, EXPORT_NOTICE_MS)
    return () => clearTimeout(timer)
  }, [done, waiting, onDismiss])
  return (
    <section
      className="export-notice"
      aria-label="Export finished"
      onPointerEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onPointerLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setHeld((h) => ({ ...h, focus: false }))
      }}
    >
      <div>
        <strong>Export finished.</strong> {count} document{count === 1 ? '' : 's'} as {formatLabel} {downloaded ? 'downloaded as' : 'saved to'}{' '}
        <code dir="auto">{outcome.savedTo}</code>
        {downloaded && <span> in your browser’s downloads folder</span>}
        {outcome.report?.notes.map((note) => (
          <p key={note} className="export-note">
            {note}
          </p>
        ))}
      </div>
      <button type="button" className="notice-close" aria-label="Dismiss export notice" onClick={onDismiss}>
        ×
      </button>
    </section>
  )
}
