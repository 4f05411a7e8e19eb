/**
 * A small deterministic PRNG (mulberry32), so property-style tests, the kill test and the benchmarks are
 * reproducible. Kept apart from helpers.ts, which imports vitest, so bench scripts can use it too.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
