/**
 * `npm run soak`: the kill test at length (200 SIGKILLs of `tessera serve` under concurrent writers by
 * default; `npm run soak -- 500` for more). Prints the seed, so a failure can be replayed with
 * TESSERA_KILL_SEED, and the figures.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runKillRounds } from '../electron/cli/testing/kill-rounds'

const rounds = Number(process.argv[2] ?? 200)
const seed = Number(process.env['TESSERA_KILL_SEED'] ?? Date.now() % 2 ** 31)
const root = await mkdtemp(join(tmpdir(), 'tessera-soak-'))
console.log(`soak: ${rounds} kills, seed ${seed} (replay with TESSERA_KILL_SEED=${seed})`)
const started = Date.now()
try {
  const figures = await runKillRounds(root, rounds, seed, (line) => {
    if (/round \d+0\//.test(line)) console.log(line)
  })
  console.log(
    `soak passed: ${figures.rounds} kills survived, ${figures.acknowledgedWrites} acknowledged writes, ${figures.checkedAnnotations} annotation checks, ${((Date.now() - started) / 1000).toFixed(0)} s`
  )
  await rm(root, { recursive: true, force: true })
} catch (error) {
  console.error(`soak FAILED with seed ${seed}: ${(error as Error).message}\nthe project is kept in ${root}`)
  process.exitCode = 1
}
