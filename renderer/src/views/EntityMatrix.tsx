import type { EntitiesView } from '@core/shared/model/views'
import { buildEntityMatrix } from './entity-matrix'
import { outletLabel } from './span-target'

const MATRIX_COLUMNS = 15

/**
 * Mention counts per outlet and entity as a heat map: a real table with each count as text, the
 * shade only repeating it (so it reads and copies without colour).
 */
export function EntityMatrix({ view }: { view: EntitiesView }) {
  const matrix = buildEntityMatrix(view, MATRIX_COLUMNS)
  if (matrix.entities.length === 0) return null
  return (
    <section className="view-section" aria-labelledby="entity-matrix-title">
      <h3 id="entity-matrix-title" className="view-heading">
        Mentions by outlet
      </h3>
      <div className="table-scroller" tabIndex={0} role="group" aria-labelledby="entity-matrix-title">
        <table className="heat-table">
          <caption className="visually-hidden">Linked mentions per outlet (rows) and entity (columns)</caption>
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              {matrix.entities.map((entity) => (
                <th key={entity.id} scope="col" className="heat-entity">
                  <bdi>{entity.name}</bdi>
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.outlet}>
                <th scope="row">
                  <bdi>{outletLabel(row.outlet)}</bdi>
                </th>
                {row.cells.map((cell, column) => (
                  <td key={matrix.entities[column]?.id ?? column} className="heat-cell" data-level={cell.level}>
                    {cell.count}
                  </td>
                ))}
                <td className="heat-total">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matrix.hiddenEntities > 0 && (
        <p className="view-note">
          The {MATRIX_COLUMNS} most mentioned entities are shown; {matrix.hiddenEntities} more are in the list above.
        </p>
      )}
    </section>
  )
}
