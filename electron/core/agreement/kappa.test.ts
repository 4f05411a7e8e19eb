import { describe, expect, it } from 'vitest'
import { cohenKappa, fleissKappa } from './kappa'

const repeat = (label: string, times: number): string[] => Array.from({ length: times }, () => label)

describe("Cohen's κ", () => {
  it('matches the worked example: 50 items, yes/yes 20, yes/no 5, no/yes 10, no/no 15 → κ = 0.4', () => {
    // Wikipedia, "Cohen's kappa", simple example: pₒ = 35/50 = 0.7; pₑ = 0.5·0.6 + 0.5·0.4 = 0.5;
    // κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
    const first = [...repeat('yes', 25), ...repeat('no', 25)]
    const second = [...repeat('yes', 20), ...repeat('no', 5), ...repeat('yes', 10), ...repeat('no', 15)]
    expect(cohenKappa(first, second)).toMatchObject({ n: 50, notDefined: null })
    expect(cohenKappa(first, second).value).toBeCloseTo(0.4, 12)
    expect(cohenKappa(second, first).value).toBeCloseTo(0.4, 12)
  })

  it('is not defined when both raters used one and the same label, and 0 when only one did', () => {
    expect(cohenKappa(['a', 'a'], ['a', 'a'])).toMatchObject({ value: null, notDefined: 'one-category', n: 2 })
    // pₒ = 1/2, pₑ = 1·½ = ½: κ = 0.
    expect(cohenKappa(['a', 'a'], ['a', 'b']).value).toBe(0)
    expect(cohenKappa([], [])).toMatchObject({ value: null, notDefined: 'no-data', n: 0 })
  })
})

describe("Fleiss' κ", () => {
  it('matches the worked example: 10 subjects, 14 raters, 5 categories → κ = 0.210', () => {
    // Wikipedia, "Fleiss' kappa", worked example (nᵢⱼ per subject and category): P̄ = 0.378, P̄ₑ = 0.213,
    // κ = (0.378 − 0.213) / (1 − 0.213) = 0.210.
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7]
    ]
    const items = table.map((row) => row.flatMap((count, category) => repeat(`c${category + 1}`, count)))
    const kappa = fleissKappa(items)
    expect(kappa.n).toBe(10)
    expect(kappa.value).toBeCloseTo(0.21, 3)
  })

  it('equals Scott’s π for two raters, hand-computed', () => {
    // Items (a,a) (a,b) (b,b): P̄ = (1 + 0 + 1)/3 = ⅔; p_a = p_b = ½, P̄ₑ = ½; κ = (⅔ − ½)/(½) = ⅓.
    expect(fleissKappa([['a', 'a'], ['a', 'b'], ['b', 'b']]).value).toBeCloseTo(1 / 3, 12)
  })

  it('says "not defined" for one category, one rater, or no items', () => {
    expect(fleissKappa([['a', 'a', 'a']])).toMatchObject({ value: null, notDefined: 'one-category' })
    expect(fleissKappa([['a'], ['b']])).toMatchObject({ value: null, notDefined: 'too-few-annotators' })
    expect(fleissKappa([])).toMatchObject({ value: null, notDefined: 'no-data' })
  })
})
