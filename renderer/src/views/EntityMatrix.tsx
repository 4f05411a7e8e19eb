import type { EntitiesView } from '@core/shared/model/views'
import { buildEntityMatrix } from './entity-matrix'
import { outletLabel } from './span-target'
import { useT } from '../i18n/I18nProvider'

const MATRIX_COLUMNS = 15

/**
 * Mention counts per outlet and entity as a heat map: a real table with each count as text, the
 * shade only repeating it (so it reads and copies without colour).
 */
export function EntityMatrix({ view }: { view: EntitiesView }) {
  const translator = useT()
  const { t, number } = translator
  const matrix = buildEntityMatrix(view, MATRIX_COLUMNS)
  if (matrix.entities.length === 0) return null
  return (
    <section className="view-section" aria-labelledby="entity-matrix-title">
      <h3 id="entity-matrix-title" className="view-heading">
        {t('views.matrix.title')}
      </h3>
      <div className="table-scroller" tabIndex={0} role="group" aria-labelledby="entity-matrix-title">
        <table className="heat-table">
          <caption className="visually-hidden">{t('views.matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.matrix.outlet')}</th>
              {matrix.entities.map((entity) => (
                <th key={entity.id} scope="col" className="heat-entity">
                  <bdi>{entity.name}</bdi>
                </th>
              ))}
              <th scope="col">{t('views.matrix.total')}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.outlet}>
                <th scope="row">
                  <bdi>{outletLabel(row.outlet, translator)}</bdi>
                </th>
                {row.cells.map((cell, column) => (
                  <td key={matrix.entities[column]?.id ?? column} className="heat-cell" data-level={cell.level}>
                    {number(cell.count)}
                  </td>
                ))}
                <td className="heat-total">{number(row.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matrix.hiddenEntities > 0 && (
        <p className="view-note">{t('views.matrix.hidden', { shown: MATRIX_COLUMNS, count: matrix.hiddenEntities })}</p>
      )}
    </section>
  )
}
