import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../testing/helpers'
import { runImportFuzz } from './run'
import { FAMILIES } from './seeds'

const tempDir = useTempDirs()
const INTEROP = fileURLToPath(new URL('../../interchange/fixtures/interop', import.meta.url))

describe('the import fuzzer (a short run; npm run fuzz runs 10,000 inputs per family)', () => {
  it('feeds damaged variants of every family through a real import, and no input crashes, hangs or leaves the project unopenable', async () => {
    const results = await runImportFuzz({ workDir: await tempDir(), interopDir: INTEROP, inputsPerFamily: 12, batchSize: 6, seed: 20261206 })
    expect(results.map((r) => r.family)).toEqual([...FAMILIES])
    for (const figures of results) {
      if (figures.seeds === 0) continue
      expect(figures.inputs, figures.family).toBe(12)
      expect(figures.imported + figures.refused, figures.family).toBeGreaterThan(0)
      expect([...figures.crashes, ...figures.hangs, ...figures.unopenable], figures.family).toEqual([])
    }
    // The families that need no peer files always run.
    for (const family of ['text', 'markdown', 'html', 'docx', 'pdf', 'tessera-jsonl'] as const) expect(results.find((r) => r.family === family)?.seeds).toBeGreaterThan(0)
  }, 180_000)
})
