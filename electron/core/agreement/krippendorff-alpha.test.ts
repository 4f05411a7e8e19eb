import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { krippendorffAlpha } from './krippendorff-alpha'

describe("Krippendorff's α, nominal", () => {
  it('reproduces the published example: 4 observers × 12 units with missing values, α = 0.743', () => {
    // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
    // Communication, University of Pennsylvania, section C ("nominal data, any number of observers,
    // missing data"): n = 40 pairable values (unit 12 has one value and drops out), α_nominal = 0.743.
    const _ = null
    const observers = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _]
    ]
    const units = Array.from({ length: 12 }, (_value, unit) => observers.map((row) => (row[unit] === null ? null : String(row[unit]))))
    const alpha = krippendorffAlpha(units)
    expect(alpha.n).toBe(40)
    expect(alpha.value).toBeCloseTo(0.743, 3)
  })

  it('matches a hand-computed two-observer case', () => {
    // Units (a,a) (a,b) (b,b) (b,b): o(a,a) = 2, o(a,b) = o(b,a) = 1, o(b,b) = 4; n_a = 3, n_b = 5, n = 8.
    // α = 1 − (n − 1)·Σ_{c≠k} o / (n² − Σ n_c²) = 1 − 7·2 / (64 − 9 − 25) = 1 − 14/30 = 0.5333…
    const alpha = krippendorffAlpha([['a', 'a'], ['a', 'b'], ['b', 'b'], ['b', 'b']])
    expect(alpha.value).toBeCloseTo(8 / 15, 12)
    expect(alpha.n).toBe(8)
  })

  it('says "not defined" rather than NaN for one value only, and for no pairable values', () => {
    expect(krippendorffAlpha([['a', 'a'], ['a', 'a', null]])).toMatchObject({ value: null, notDefined: 'one-category', n: 4 })
    expect(krippendorffAlpha([['a', null], [null, 'b']])).toMatchObject({ value: null, notDefined: 'no-data', n: 0 })
    expect(krippendorffAlpha([])).toMatchObject({ value: null, notDefined: 'no-data' })
  })

  const reliabilityData = fc.array(fc.array(fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 30 })

  it('is 1 for identical observers, and the same whatever the order of observers and units', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 2, maxLength: 30 }), (values) => {
        const alpha = krippendorffAlpha(values.map((value) => [value, value, value]))
        if (alpha.value !== null) expect(alpha.value).toBeCloseTo(1, 12)
        else expect(new Set(values).size).toBe(1)
      })
    )
    fc.assert(
      fc.property(reliabilityData, fc.infiniteStream(fc.double({ noNaN: true })), (units, keys) => {
        const alpha = krippendorffAlpha(units)
        const observersReversed = krippendorffAlpha(units.map((values) => [...values].reverse()))
        const sortKeys = units.map(() => keys.next().value as number)
        const shuffled = units.map((values, i) => ({ values, key: sortKeys[i] ?? 0 })).sort((a, b) => a.key - b.key).map((entry) => entry.values)
        for (const other of [observersReversed, krippendorffAlpha(shuffled)]) {
          expect(other.notDefined).toBe(alpha.notDefined)
          if (alpha.value !== null) expect(other.value).toBeCloseTo(alpha.value, 9)
        }
      })
    )
  })
})
