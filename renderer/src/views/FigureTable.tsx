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
              <th scope="col">Outlet</th>
              <th scope="col" className="numeric">Value</th>
              <th scope="col">As written</th>
              <th scope="col">Stated in claim</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.slice(0, shown).map(({ outlet, point }) => (
              <tr key={`${point.documentId}/${point.annotationId}`}>
                <td className="nowrap">
                  <time dateTime={point.date ?? undefined}>{formatDate(point.date)}</time>
                </td>
                <td>
                  <bdi>{outletLabel(outlet)}</bdi>
                </td>
                <td className="numeric">{point.value.toLocaleString('en-GB')}</td>
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
                <td dir={point.claim ? 'auto' : undefined}>{point.claim ? point.claim.text : <span className="muted">—</span>}</td>
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
