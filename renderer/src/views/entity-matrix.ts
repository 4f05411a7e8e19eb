import type { EntitiesView, EntityRow } from '@core/shared/model/views'

/** Shades of the heat map: 0 is an empty cell, HEAT_LEVELS the most mentions in the matrix. */
export const HEAT_LEVELS = 5

export interface MatrixCell {
  count: number
  /** 0 for no mentions, else 1…HEAT_LEVELS in proportion to the largest count shown. */
  level: number
}

export interface EntityMatrix {
  /** The entities shown as columns, most mentioned first. */
  entities: EntityRow[]
  /** One row per outlet; `cells[j]` belongs to `entities[j]`. */
  rows: { outlet: string; cells: MatrixCell[]; total: number }[]
  /** Entities left out of the columns (the matrix keeps the most mentioned). */
  hiddenEntities: number
}

/** The shade of a count: proportional to the largest count, never 0 for a count above 0. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0
  return Math.min(HEAT_LEVELS, Math.max(1, Math.ceil((count / max) * HEAT_LEVELS)))
}

/**
 * The outlet × entity matrix of mention counts from the core's Entities view, limited to the
 * `maxEntities` most mentioned entities with at least one mention (the view lists them most mentioned
 * first), with a shade per cell relative to the largest count shown.
 */
export function buildEntityMatrix(view: EntitiesView, maxEntities: number): EntityMatrix {
  const mentioned = view.entities.map((entity, column) => ({ entity, column })).filter(({ entity }) => entity.mentionCount > 0)
  const shown = mentioned.slice(0, maxEntities)
  const counts = view.outlets.map((_, row) => shown.map(({ column }) => view.matrix[row]?.[column] ?? 0))
  const max = Math.max(0, ...counts.flat())
  return {
    entities: shown.map(({ entity }) => entity),
    rows: view.outlets.map((outlet, row) => {
      const rowCounts = counts[row] ?? []
      return { outlet, cells: rowCounts.map((count) => ({ count, level: heatLevel(count, max) })), total: rowCounts.reduce((sum, n) => sum + n, 0) }
    }),
    hiddenEntities: mentioned.length - shown.length
  }
}
