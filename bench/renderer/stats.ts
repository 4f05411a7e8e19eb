export interface Summary {
  median: number
  p95: number
  max: number
  n: number
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
  return { median: at(50), p95: at(95), max: sorted[sorted.length - 1] ?? 0, n: sorted.length }
}
