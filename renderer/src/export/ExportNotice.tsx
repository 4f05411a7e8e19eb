import type { ExportDone } from './ExportDialog'

/** Where the export went and what it holds; stays until the user dismisses it. */
export function ExportNotice({ done, onDismiss }: { done: ExportDone; onDismiss(): void }) {
  const { outcome, formatLabel, downloaded } = done
  const count = outcome.documentCount ?? 0
  return (
    <div className="export-notice" role="status">
      <div>
        <strong>Export finished.</strong> {count} document{count === 1 ? '' : 's'} as {formatLabel} {downloaded ? 'downloaded as' : 'saved to'} <code dir="auto">{outcome.savedTo}</code>
        {outcome.report?.notes.map((note) => (
          <p key={note} className="export-note">{note}</p>
        ))}
      </div>
      <button type="button" className="notice-close" aria-label="Dismiss export notice" onClick={onDismiss}>×</button>
    </div>
  )
}
