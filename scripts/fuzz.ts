/**
 * `npm run fuzz`: damaged and hostile variants of real files through the import pipeline (10,000 per format
 * family by default; `npm run fuzz -- 500` for fewer, `TESSERA_FUZZ_SEED` to replay). Prints the figures
 * per family and fails on any crash, hang or project left unopenable.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runImportFuzz } from '../electron/core/import/fuzz/run'
import { FAMILIES, type Family } from '../electron/core/import/fuzz/seeds'

const inputsPerFamily = Number(process.argv[2] ?? 10_000)
const only = process.argv[3]?.split(',') as Family[] | undefined
const seed = Number(process.env['TESSERA_FUZZ_SEED'] ?? Date.now() % 2 ** 31)
const interopDir = process.env['TESSERA_INTEROP_DIR'] ?? fileURLToPath(new URL('../electron/core/interchange/fixtures/interop', import.meta.url))
const workDir = await mkdtemp(join(tmpdir(), 'tessera-fuzz-'))
console.log(`fuzz: ${inputsPerFamily} inputs per family, seed ${seed} (replay with TESSERA_FUZZ_SEED=${seed}), peers' files from ${interopDir}`)
const results = await runImportFuzz({ workDir, interopDir, inputsPerFamily, seed, families: only ?? FAMILIES, log: (line) => console.log(line) })
console.log('\n| family | seeds | inputs | imported | refused | crashes | hangs | unopenable | slowest | time |\n|---|---|---|---|---|---|---|---|---|---|')
for (const f of results) {
  console.log(`| ${f.family} | ${f.seeds} | ${f.inputs} | ${f.imported} | ${f.refused} | ${f.crashes.length} | ${f.hangs.length} | ${f.unopenable.length} | ${f.slowestMs} ms | ${f.seconds.toFixed(0)} s |`)
}
const problems = results.flatMap((f) => [...f.crashes, ...f.hangs, ...f.unopenable])
for (const problem of problems.slice(0, 50)) console.log(`  ${problem}`)
if (problems.length > 0) {
  console.error(`fuzz FAILED: ${problems.length} problems (seed ${seed}); projects kept in ${workDir}`)
  process.exitCode = 1
} else {
  await rm(workDir, { recursive: true, force: true })
  console.log('fuzz passed: 0 crashes, 0 hangs, 0 projects left unopenable')
}
