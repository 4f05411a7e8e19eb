import { describe, expect, it } from 'vitest'
import { connectorPath, intersects } from './connector-path'

describe('connectorPath', () => {
  it('runs from the top middle of one box to the top middle of the other, arching above both', () => {
    const path = connectorPath({ left: 10, top: 200, width: 40, height: 18 }, { left: 300, top: 120, width: 20, height: 18 })
    expect(path).toBe('M 30 200 C 30 92 310 92 310 120')
  })
})

describe('intersects', () => {
  const pane = { left: 0, top: 100, width: 500, height: 400 }
  it('tells a highlight on screen from one scrolled above or below', () => {
    expect(intersects({ left: 10, top: 150, width: 40, height: 18 }, pane)).toBe(true)
    expect(intersects({ left: 10, top: 60, width: 40, height: 18 }, pane)).toBe(false)
    expect(intersects({ left: 10, top: 520, width: 40, height: 18 }, pane)).toBe(false)
  })
})
