import { describe, expect, it } from 'vitest'
import { periodOf } from './figures-view'

describe('the period a figure falls in', () => {
  it('is the article’s day, ISO week (the year of its Thursday) or month; undated figures share ""', () => {
    expect(periodOf('2024-12-04', 'day')).toBe('2024-12-04')
    expect(periodOf('2024-12-04T23:47:00Z', 'day')).toBe('2024-12-04')
    expect(periodOf('2024-12-01', 'week')).toBe('2024-W48')
    expect(periodOf('2024-12-02', 'week')).toBe('2024-W49')
    expect(periodOf('2024-12-30', 'week')).toBe('2025-W01')
    expect(periodOf('2021-01-03', 'week')).toBe('2020-W53')
    expect(periodOf('2024-12-04', 'month')).toBe('2024-12')
    expect(periodOf(null, 'day')).toBe('')
    expect(periodOf('2024-12-04', 'all')).toBe('all')
  })
})
