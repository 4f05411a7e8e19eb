import type { DocumentStatus } from '@core/shared/model/document'
import { useT } from '../i18n/I18nProvider'
import { STATUS_MESSAGES, STATUS_ORDER } from './document-view'

/** How far the corpus is: done / in progress / not started, as a bar with its counts in words. */
export function CorpusProgress({ counts }: { counts: Record<DocumentStatus, number> }) {
  const { t, number } = useT()
  const total = counts.done + counts['in-progress'] + counts['not-started']
  const summary = t('documents.progress.summary', { done: counts.done, total, inProgress: counts['in-progress'], notStarted: counts['not-started'] })
  return (
    <div className="corpus-progress">
      <div
        className="corpus-progress-bar"
        role="progressbar"
        aria-label={t('documents.progress')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={counts.done}
        aria-valuetext={summary}
      >
        {STATUS_ORDER.slice()
          .reverse()
          .map((status) =>
            counts[status] > 0 ? (
              <span key={status} className={`corpus-progress-part status-${status}`} style={{ flexGrow: counts[status] }} title={`${t(STATUS_MESSAGES[status])}: ${number(counts[status], { useGrouping: false })}`} />
            ) : null
          )}
      </div>
      <p className="corpus-progress-text" aria-hidden="true">
        {summary}
      </p>
    </div>
  )
}
