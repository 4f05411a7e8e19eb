/**
 * `npm run bench`: the core's figures (bench/core.ts: a book-length document and a 10,000-article
 * project; bench/views.ts: the corpus views; bench/export-stream.ts: streaming exports; bench/import.ts:
 * import; bench/import-corpus.ts: import of 1,000 articles, 10,000 with BENCH_SCALE or `npm run bench:import`;
 * bench/import-many-files.ts: import of 1,000 small .txt files as the CLI sends them, 10,000 likewise, and as the app sends them over HTTP; bench/startup.ts:
 * start-up of the built CLI and `tessera serve` in fresh processes, or `npm run bench:startup`), then (after `electron-vite build`) the renderer scenarios in Chromium next to the plain-text
 * floor and @recogito/text-annotator. Figures, not pass/fail: targets belong to the issues.
 * `--core` or `--renderer` runs one half; `--no-peers` skips the comparison page; `--no-views` the corpus views; `--no-first-open` the first open after start; BENCH_RUNS sets the runs (7), BENCH_BIG_PEER_RUNS
 * those of text-annotator on the 200,000-word document (1: it takes over a minute per open here).
 */
import { resolve } from 'node:path'
import { runCoreBench } from './core'
import { benchStreamingExport } from './export-stream'
import { benchBigProjectExport } from './export-big'
import { runRendererBench } from './renderer/run-renderer'
import { benchViews } from './views'
import { benchViewsMemory } from './views-memory'
import { benchViewsOnDisk } from './views-scale'
import { benchDocumentList } from './document-list'
import { runCorpusImportBench } from './import-corpus'
import { runManyFilesImportBench } from './import-many-files'
import { runStartupBench } from './startup'

const args = new Set(process.argv.slice(2))
if (!args.has('--renderer')) {
  await runCoreBench()
  benchViews()
  await benchViewsMemory()
  await benchViewsOnDisk(10_000)
  benchDocumentList()
  await benchStreamingExport()
  await benchBigProjectExport()
  await import('./import')
  await runCorpusImportBench()
  await runManyFilesImportBench()
  await runStartupBench()
}
if (!args.has('--core')) {
  const runs = Number(process.env.BENCH_RUNS ?? 7)
  await runRendererBench({ runs, bigPeerRuns: Number(process.env.BENCH_BIG_PEER_RUNS ?? 1), peers: !args.has('--no-peers'), views: !args.has('--no-views'), firstOpen: !args.has('--no-first-open'), resultsFile: resolve('bench-results.json') })
}
