import { defined, notDefined, type Figure, type SampleUnit } from './types'

export const ALPHA_METHOD = "Krippendorff's α (nominal)"

/**
 * Krippendorff's α, nominal metric, from the coincidence matrix (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability"). `units[u]` lists the values unit u received, one per observer who
 * coded it, `null` for an observer who did not (missing data). A unit with fewer than two values is not
 * pairable and drops out, as the method defines; each other unit adds 1/(mᵤ − 1) to o(c,k) for every
 * ordered pair of its mᵤ values. Then α = 1 − (n − 1)·Σ_{c≠k} o(c,k) / Σ_{c≠k} n_c·n_k, n the number of
 * pairable values (reported as the figure's n). Not defined with no pairable values, or when all of them
 * are one value (expected disagreement 0).
 */
export function krippendorffAlpha(units: Iterable<readonly (string | null)[]>, method = ALPHA_METHOD, unit: SampleUnit = 'pairable values'): Figure {
  const coincidences = coincidenceMatrix(units)
  return alphaFromCoincidences(coincidences, method, unit)
}

/** o(c,k) keyed by c then k. Exposed so token measures can add units one at a time without holding them. */
export type Coincidences = Map<string, Map<string, number>>

export function coincidenceMatrix(units: Iterable<readonly (string | null)[]>): Coincidences {
  const matrix: Coincidences = new Map()
  for (const values of units) addUnit(matrix, values)
  return matrix
}

/** Adds a unit's values to o(c,k); `weight` adds that many units with the same values at once. */
export function addUnit(matrix: Coincidences, values: readonly (string | null)[], weight = 1): void {
  const present = values.filter((value): value is string => value !== null)
  const m = present.length
  if (m < 2) return
  const counts = new Map<string, number>()
  for (const value of present) counts.set(value, (counts.get(value) ?? 0) + 1)
  for (const [c, countC] of counts) {
    let row = matrix.get(c)
    if (!row) matrix.set(c, (row = new Map()))
    for (const [k, countK] of counts) {
      // Ordered pairs of different observers: n_c·n_k of them for c ≠ k, n_c·(n_c − 1) for c = k.
      const pairs = c === k ? countC * (countC - 1) : countC * countK
      if (pairs > 0) row.set(k, (row.get(k) ?? 0) + (weight * pairs) / (m - 1))
    }
  }
}

export function alphaFromCoincidences(matrix: Coincidences, method = ALPHA_METHOD, unit: SampleUnit = 'pairable values'): Figure {
  const marginals = new Map<string, number>()
  let n = 0
  let disagreeing = 0
  for (const [c, row] of matrix) {
    for (const [k, count] of row) {
      marginals.set(c, (marginals.get(c) ?? 0) + count)
      n += count
      if (c !== k) disagreeing += count
    }
  }
  // n = Σᵤ mᵤ and n_c (the pairable values c) are whole numbers summed from fractions 1/(mᵤ − 1): round off the float error.
  n = Math.round(n)
  if (n === 0) return notDefined(method, 'no-data', 0, unit)
  let sumOfSquares = 0
  for (const count of marginals.values()) sumOfSquares += Math.round(count) ** 2
  // Σ_{c≠k} n_c·n_k, the pairs of different values chance would form.
  const expectedPairs = n * n - sumOfSquares
  if (expectedPairs === 0) return notDefined(method, 'one-category', n, unit)
  return defined(method, 1 - ((n - 1) * disagreeing) / expectedPairs, n, unit)
}
