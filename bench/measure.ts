import { performance } from 'node:perf_hooks'

/** Timing helpers shared by the core and view benches: one line per figure, label padded to a column. */
export const LABEL_WIDTH = 52

export function time<T>(label: string, run: () => T): T {
  const start = performance.now()
  const result = run()
  console.log(`${label.padEnd(LABEL_WIDTH)} ${(performance.now() - start).toFixed(1).padStart(9)} ms`)
  return result
}

export async function timeAsync<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now()
  const result = await run()
  console.log(`${label.padEnd(LABEL_WIDTH)} ${(performance.now() - start).toFixed(1).padStart(9)} ms`)
  return result
}

/** The p-th percentile of values sorted ascending (nearest rank, rounded down). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50)
}

/** Runs `run` `runs` times and prints the median and worst time, against a target when given. */
export function measure(label: string, run: () => unknown, runs: number, target: number | null): void {
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  const m = median(times)
  const verdict = target === null ? '' : m <= target ? `  ≤ ${target} ms ✓` : `  > ${target} ms ✗`
  console.log(`${label.padEnd(LABEL_WIDTH)} ${m.toFixed(1).padStart(9)} ms median, max ${Math.max(...times).toFixed(1)} ms${verdict}`)
}
