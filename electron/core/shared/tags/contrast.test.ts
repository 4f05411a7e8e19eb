import { describe, expect, it } from 'vitest'
import { blend, contrastRatio, highlightContrast, tagColourProblem } from './contrast'

describe('tag colour contrast', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(blend('#000000', 0.5, '#ffffff')).toBe('#808080')
  })

  it('accepts colours whose highlights stay readable in both themes', () => {
    for (const colour of ['#2563eb', '#059669', '#c026d3', '#b45309']) expect(tagColourProblem(colour)).toBeNull()
  })

  it('refuses a pale colour, naming the theme and the ratio, and asks for a darker one', () => {
    const problem = tagColourProblem('#fde047')
    expect(problem).toMatch(/underline is 1\.\d\d:1 against the light page \(needs 3:1\)/)
    expect(problem).toMatch(/Choose a darker colour\.$/)
  })

  it('refuses a dark colour that vanishes on the dark page and asks for a lighter one', () => {
    const problem = tagColourProblem('#1e1b4b')
    expect(problem).toMatch(/against the dark page/)
    expect(problem).toMatch(/Choose a lighter colour\.$/)
  })

  it('refuses what is not a colour', () => {
    expect(tagColourProblem('red')).toBe('red is not a colour of the form #rrggbb.')
  })

  it('reports the foundation amber as too faint against the light page (2.95:1)', () => {
    expect(highlightContrast('#d97706', 'light').underline).toBeCloseTo(2.95, 2)
  })
})
