/**
 * Import of a folder of many small files: N two-line .txt files (distinct texts) imported into a new
 * project through `core.importFiles`, in the calls the CLI makes (importCalls: companions together,
 * several files a call), timed end to end; then the app's path over HTTP (import-app-calls.ts), one file
 * a call as the app sent them before, and packed as it sends them now. `npm run bench` runs 1,000 files;
 * BENCH_SCALE adds 10,000 (the app's one-file-a-call path only at 1,000: it takes minutes at 10,000).
 */
import { importCalls } from '../electron/core/shared/import/batches'
import { emptyReport, mergeReports } from '../electron/core/shared/import/report'
import { benchAppImport } from './import-app-calls'
import { timedImport } from './timed-import'

/** `count` small text files as a folder walk gives them: a headline and one sentence each, all different. */
export function smallTextFiles(count: number): { name: string; bytes: Uint8Array }[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `wire/${String(i).padStart(6, '0')}.txt`,
    bytes: new TextEncoder().encode(`Dispatch ${i} from Hama\nReporters counted ${i * 7 + 3} trucks on the road south of the city on day ${i}.\n`)
  }))
}

/** Imports `count` small files into a fresh project and prints the time and the rate; returns the seconds. */
export async function benchManyFilesImport(count: number): Promise<number> {
  const files = smallTextFiles(count)
  return timedImport(`import.files: ${count.toLocaleString('en')} small .txt files (CLI calls)`, count, 'files', async (core) => {
    let report = emptyReport()
    for (const call of importCalls(files, (f) => f.bytes.length)) report = mergeReports(report, await core.importFiles(call, {}))
    return report
  })
}

/** The bench's sizes: 1,000 always, 10,000 when asked for (BENCH_SCALE); BENCH_FILES=n,m sets them. */
export async function runManyFilesImportBench(scale = Boolean(process.env.BENCH_SCALE)): Promise<void> {
  console.log('\nImport of many small files: two-line .txt files, as `tessera import` sends them')
  const sizes = process.env.BENCH_FILES ? process.env.BENCH_FILES.split(',').map(Number) : scale ? [1_000, 10_000] : [1_000]
  for (const size of sizes) await benchManyFilesImport(size)
  console.log('\nThe same files as the app sends them (browser-mode server, base64 in JSON, event stream open)')
  for (const size of sizes) {
    if (size <= 1_000) await benchAppImport(smallTextFiles(size), 'one a call')
    await benchAppImport(smallTextFiles(size), 'packed')
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) await runManyFilesImportBench(true)
