import type { ClaimRow } from '@core/shared/model/views'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import { useT } from '../i18n/I18nProvider'
import type { ClaimSort, ClaimSortKey } from './claims-query'
import { outletLabel, type OpenSpan } from './span-target'

const COLUMNS: { key: ClaimSortKey; label: MessageKey }[] = [
  { key: 'text', label: 'views.claims.column.text' },
  { key: 'actor', label: 'views.claims.column.actor' },
  { key: 'outlet', label: 'views.claims.column.outlet' },
  { key: 'date', label: 'views.claims.column.date' },
  { key: 'stance', label: 'views.claims.column.stance' }
]

interface ClaimsTableProps {
  rows: readonly ClaimRow[]
  sort: ClaimSort
  onSort(by: ClaimSortKey): void
  onOpenSpan: OpenSpan
}

/** The claims as a table; a header sorts by its column (aria-sort says how), a claim opens its article at it. */
export function ClaimsTable({ rows, sort, onSort, onOpenSpan }: ClaimsTableProps) {
  const translator = useT()
  const { t, date } = translator
  return (
    <div className="table-scroller" tabIndex={0} role="group" aria-label={t('views.claims.table')}>
      <table className="view-table claims-table">
        <caption className="visually-hidden">{t('views.claims.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map(({ key, label }) => {
              const sorted = sort.by === key
              return (
                <th key={key} scope="col" aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" className="sort-button" onClick={() => onSort(key)}>
                    {t(label)}
                    <span className="sort-mark" aria-hidden="true">
                      {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.documentId}/${row.annotationId}`}>
              <td>
                <button
                  type="button"
                  className="row-button claim-text"
                  onClick={() => onOpenSpan({ documentId: row.documentId, annotationId: row.annotationId, start: row.start })}
                >
                  {row.text}
                </button>
              </td>
              <td>
                {row.actor ? (
                  <>
                    <bdi className="claim-actor">{row.actor.quote}</bdi>
                    {row.actor.entityName && <span className="claim-entity">{row.actor.entityName}</span>}
                  </>
                ) : (
                  <span className="muted">{t('views.claims.notAttributed')}</span>
                )}
              </td>
              <td>
                <bdi>{outletLabel(row.outlet, translator)}</bdi>
              </td>
              <td className="nowrap">
                <time dateTime={row.date ?? undefined}>{date(row.date)}</time>
              </td>
              <td>{row.stance ?? <span className="muted">{t('views.claims.stanceNotSet')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
