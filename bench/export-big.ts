/**
 * The performance issue's export target: the 10,000-article / 500,000-span project exported as JSONL and as
 * CSV (≤ 5 s each, memory bounded), streamed to disk from a read-only core, as the CLI and the app do.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createCore } from '../electron/core/core'
import { exportToPath } from '../electron/core/exports/write-export'
import type { ExportFormat } from '../electron/core/shared/exports/options'
import { bigProject } from './big-project'
import { median } from './measure'

const TARGET_MS = 5_000
const RUNS = 3

export async function benchBigProjectExport(): Promise<void> {
  const project = await bigProject((line) => console.log(line))
  const out = await mkdtemp(join(tmpdir(), 'tessera-bench-export-big-'))
  const core = await createCore({ projectDir: project, resourcesDir: resolve('resources'), author: 'bench', readOnly: true })
  try {
    console.log('Export of the 10,000-article / 500,000-span project')
    const formats: [ExportFormat, string][] = [['jsonl', 'big.jsonl'], ['csv', 'big-csv.zip']]
    for (const [format, name] of formats) {
      const times: number[] = []
      let rssGrowth = 0
      for (let run = 0; run < RUNS; run += 1) {
        const rssBefore = process.memoryUsage().rss
        let rssPeak = rssBefore
        const start = performance.now()
        await exportToPath(core, { format }, join(out, name), {
          onProgress: ({ done }) => {
            if (done % 250 === 0) rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
          }
        })
        times.push(performance.now() - start)
        rssGrowth = Math.max(rssGrowth, rssPeak - rssBefore)
      }
      const ms = median(times)
      const size = (await stat(join(out, name))).size
      console.log(
        `export ${format}, 10,000 articles (${RUNS} runs)`.padEnd(52),
        `${ms.toFixed(0).padStart(6)} ms median, max ${Math.max(...times).toFixed(0)} ms, ${(size / 1e6).toFixed(1)} MB, RSS peak +${(rssGrowth / 1e6).toFixed(0)} MB  ≤ ${TARGET_MS} ms ${ms <= TARGET_MS ? '✓' : '✗'}`
      )
    }
  } finally {
    core.close()
    await rm(out, { recursive: true, force: true })
  }
}
