import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../core/testing/helpers'
import { runKillRounds } from './testing/kill-rounds'

const tempDir = useTempDirs()
const SEED = Number(process.env['TESSERA_KILL_SEED'] ?? 20261122)

describe('kill test: tessera serve killed with SIGKILL while writers write over HTTP', () => {
  it('loses no acknowledged write in 25 kills, and every file parses after each', async () => {
    const figures = await runKillRounds(await tempDir(), 25, SEED).catch((error: unknown) => {
      throw new Error(`kill test failed with seed ${SEED} (rerun with TESSERA_KILL_SEED=${SEED}): ${(error as Error).message}`)
    })
    console.log(`kill test: ${figures.rounds} kills, ${figures.acknowledgedWrites} acknowledged writes, ${figures.checkedAnnotations} annotation checks`)
    expect(figures.rounds).toBe(25)
    expect(figures.acknowledgedWrites).toBeGreaterThan(25)
  }, 240_000)
})
