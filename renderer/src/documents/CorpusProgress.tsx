import type { DocumentStatus } from '@core/shared/model/document'
import { STATUS_LABELS, STATUS_ORDER } from './document-view'

/** How far the corpus is: done / in progress / not started, as a bar with its counts in words. */
export function CorpusProgress({ counts }: { counts: Record<DocumentStatus, number> }) {
  const total = counts.done + counts['in-progress'] + counts['not-started']
  const summary = `${counts.done} of ${total} done, ${counts['in-progress']} in progress, ${counts['not-started']} not started`
  return (
    <div className="corpus-progress">
      <div
        className="corpus-progress-bar"
        role="progressbar"
        aria-label="Corpus progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={counts.done}
        aria-valuetext={summary}
      >
        {STATUS_ORDER.slice()
          .reverse()
          .map((status) =>
            counts[status] > 0 ? (
              <span key={status} className={`corpus-progress-part status-${status}`} style={{ flexGrow: counts[status] }} title={`${STATUS_LABELS[status]}: ${counts[status]}`} />
            ) : null
          )}
      </div>
      <p className="corpus-progress-text" aria-hidden="true">
        {summary}
      </p>
    </div>
  )
}
