import { useState } from 'react'
import { formatDate } from '../format/date'
import type { FigureComparison } from './figure-series'
import { outletLabel, type OpenSpan } from './span-target'

/** Rows drawn at first; the rest on request. */
const ROWS_PAGE = 50

/** The chart's data as a table, for screen readers and copying; each figure opens its article at the span. */
export function FigureTable({ comparison, headingId, onOpenSpan }: { comparison: FigureComparison; headingId: string; onOpenSpan: OpenSpan }) {
  const [shown, setShown] = useState(ROWS_PAGE)
  return (
    <div>
      <div className="table-scroller" tabIndex={0} role="group" aria-labelledby={headingId}>
        <table className="view-table figure-table">
          <caption className="visually-hidden">Values given for {comparison.counted || 'figures without a stated subject'}, by date and outlet</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Stated by</th>
              <th scope="col">Outlet</th>
              <th scope="col">Qualifier</th>
              <th scope="col" className="numeric">Value</th>
              <th scope="col">As written</th>
              <th scope="col">Stated in claim</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.slice(0, shown).map(({ outlet, point, source }) => (
              <tr key={`${point.documentId}/${point.annotationId}`} className={isDisputed(comparison, point.annotationId) ? 'disputed' : undefined}>
                <td className="nowrap">
                  <time dateTime={point.date ?? undefined}>{formatDate(point.date)}</time>
                </td>
                <td>
                  <bdi>{source}</bdi>
                </td>
                <td>
                  <bdi>{outletLabel(outlet)}</bdi>
                </td>
                <td>{point.qualifier}</td>
                <td className="numeric nowrap">{point.qualifier === 'range' && point.upper !== null ? `${point.value.toLocaleString('en-GB')}–${point.upper.toLocaleString('en-GB')}` : point.value.toLocaleString('en-GB')}</td>
                <td>
                  <button
                    type="button"
                    className="row-button"
                    title={`Open “${point.title}” at this figure`}
                    onClick={() => onOpenSpan({ documentId: point.documentId, annotationId: point.annotationId, start: point.start })}
                  >
                    <bdi>{point.quote}</bdi>
                  </button>
                </td>
                <td>{point.claim ? <bdi>{point.claim.text}</bdi> : <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {comparison.rows.length > shown && (
        <button type="button" className="view-more" onClick={() => setShown((n) => n + ROWS_PAGE)}>
          Show more values ({comparison.rows.length - shown} left)
        </button>
      )}
    </div>
  )
}

/** True for the two figures the verdict names as unable to both be right. */
function isDisputed(comparison: FigureComparison, annotationId: string): boolean {
  const found = comparison.disagreement
  return found !== null && (found.lowest.point.annotationId === annotationId || found.highest.point.annotationId === annotationId)
}
