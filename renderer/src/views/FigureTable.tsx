import { useState } from 'react'
import { useT } from '../i18n/I18nProvider'
import type { FigureComparison } from './figure-series'
import { qualifierLabel } from './figure-verdict'
import { outletLabel, type OpenSpan } from './span-target'

/** Rows drawn at first; the rest on request. */
const ROWS_PAGE = 50

/** The chart's data as a table, for screen readers and copying; each figure opens its article at the span. */
export function FigureTable({ comparison, headingId, onOpenSpan }: { comparison: FigureComparison; headingId: string; onOpenSpan: OpenSpan }) {
  const translator = useT()
  const { t, date, number } = translator
  const [shown, setShown] = useState(ROWS_PAGE)
  return (
    <div>
      <div className="table-scroller" tabIndex={0} role="group" aria-labelledby={headingId}>
        <table className="view-table figure-table">
          <caption className="visually-hidden">
            {comparison.counted ? t('views.figures.tableCaption', { counted: comparison.counted }) : t('views.figures.tableCaptionUncounted')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('views.figures.column.date')}</th>
              <th scope="col">{t('views.figures.column.statedBy')}</th>
              <th scope="col">{t('views.figures.column.outlet')}</th>
              <th scope="col">{t('views.figures.column.qualifier')}</th>
              <th scope="col" className="numeric">
                {t('views.figures.column.value')}
              </th>
              <th scope="col">{t('views.figures.column.asWritten')}</th>
              <th scope="col">{t('views.figures.column.claim')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.slice(0, shown).map(({ outlet, point, source }) => (
              <tr key={`${point.documentId}/${point.annotationId}`} className={isDisputed(comparison, point.annotationId) ? 'disputed' : undefined}>
                <td className="nowrap">
                  <time dateTime={point.date ?? undefined}>{date(point.date)}</time>
                </td>
                <td>
                  <bdi>{source}</bdi>
                </td>
                <td>
                  <bdi>{outletLabel(outlet, translator)}</bdi>
                </td>
                <td>{qualifierLabel(point.qualifier, translator)}</td>
                <td className="numeric nowrap">{point.qualifier === 'range' && point.upper !== null ? `${number(point.value)}–${number(point.upper)}` : number(point.value)}</td>
                <td>
                  <button
                    type="button"
                    className="row-button"
                    title={t('views.figures.openAt', { title: point.title })}
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
          {t('views.figures.moreValues', { count: comparison.rows.length - shown })}
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
