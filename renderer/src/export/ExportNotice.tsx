import type { ExportDone } from './ExportDialog'

/** What the export did, in one sentence: how many documents, which format, where the file went. */
export function exportMessage({ outcome, formatLabel, downloaded }: ExportDone): string {
  const count = outcome.documentCount ?? 0
  const documents = `${count} document${count === 1 ? '' : 's'}`
  return downloaded
    ? `Exported ${documents} as ${formatLabel} to your browser's downloads, as ${outcome.savedTo}`
    : `Exported ${documents} as ${formatLabel} to ${outcome.savedTo}`
}

/**
 * Where the export went and what it holds; stays until the user dismisses it. Not a live region: the
 * window's announcer says the same sentence once (see App), so it is not read twice.
 */
export function ExportNotice({ done, onDismiss }: { done: ExportDone; onDismiss(): void }) {
  const { outcome, formatLabel, downloaded } = done
  const count = outcome.documentCount ?? 0
  return (
    <section className="export-notice" aria-label="Export finished">
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
