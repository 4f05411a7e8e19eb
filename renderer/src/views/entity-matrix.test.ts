import { describe, expect, it } from 'vitest'
import type { EntitiesView, EntityRow } from '@core/shared/model/views'
import { buildEntityMatrix, heatLevel } from './entity-matrix'

function entity(id: string, name: string, mentionsByOutlet: Record<string, number>): EntityRow {
  const mentionCount = Object.values(mentionsByOutlet).reduce((a, b) => a + b, 0)
  return { id, name, type: 'actor', aliases: [], mentionCount, documentCount: 1, mentionsByOutlet }
}

// As the core answers: entities most mentioned first, outlets by name, matrix[outlet][entity].
const VIEW: EntitiesView = {
  entities: [entity('hts', 'Hayat Tahrir al-Sham 🇸🇾', { 'Al Mayadeen': 6, teleSUR: 2 }), entity('army', 'الجيش السوري', { teleSUR: 3 }), entity('idle', 'Unmentioned', {})],
  outlets: ['Al Mayadeen', 'NationPress', 'teleSUR'],
  matrix: [
    [6, 0, 0],
    [0, 0, 0],
    [2, 3, 0]
  ]
}

describe('buildEntityMatrix', () => {
  it('keeps every outlet as a row, even one without mentions, with its counts in column order', () => {
    const matrix = buildEntityMatrix(VIEW, 10)
    expect(matrix.rows.map((r) => r.outlet)).toEqual(['Al Mayadeen', 'NationPress', 'teleSUR'])
    expect(matrix.rows.map((r) => r.cells.map((c) => c.count))).toEqual([
      [6, 0],
      [0, 0],
      [2, 3]
    ])
    expect(matrix.rows.map((r) => r.total)).toEqual([6, 0, 5])
  })

  it('leaves out entities without mentions and says how many columns the cap hid', () => {
    expect(buildEntityMatrix(VIEW, 10).entities.map((e) => e.id)).toEqual(['hts', 'army'])
    expect(buildEntityMatrix(VIEW, 10).hiddenEntities).toBe(0)
    const capped = buildEntityMatrix(VIEW, 1)
    expect(capped.entities.map((e) => e.name)).toEqual(['Hayat Tahrir al-Sham 🇸🇾'])
    expect(capped.rows.map((r) => r.cells.map((c) => c.count))).toEqual([[6], [0], [2]])
    expect(capped.hiddenEntities).toBe(1)
  })

  it('shades the largest count darkest, empty cells not at all, and any mention at least faintly', () => {
    const levels = buildEntityMatrix(VIEW, 10).rows.map((r) => r.cells.map((c) => c.level))
    expect(levels).toEqual([
      [5, 0],
      [0, 0],
      [2, 3]
    ])
    expect(heatLevel(1, 10_000)).toBe(1)
    expect(heatLevel(0, 0)).toBe(0)
  })

  it('builds an empty matrix for a project with no entities', () => {
    const matrix = buildEntityMatrix({ entities: [], outlets: ['A'], matrix: [[]] }, 10)
    expect(matrix.entities).toEqual([])
    expect(matrix.rows).toEqual([{ outlet: 'A', cells: [], total: 0 }])
  })
})
