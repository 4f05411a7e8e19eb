/**
 * Run by `npm run bench` in a fresh process on the views bench project (10,000 articles, 500,000 spans,
 * 2,000 entities): the document list, then the corpus views' index built as the app builds it in the
 * background, with the main process's memory after each (target: ≤ 600 MB RSS with the project open).
 */
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { resolve } from 'node:path'
import { createCore } from '../electron/core/core'
import { viewsProject } from './views-project'

const MB = 1024 * 1024

async function measureInThisProcess(dir: string): Promise<void> {
  const core = await createCore({ projectDir: dir, resourcesDir: resolve('resources'), author: 'bench', readOnly: true })
  await core.call('documents.list', {})
  const listedRss = process.memoryUsage().rss / MB
  const start = performance.now()
  await core.call('views.entities', {})
  const builtMs = performance.now() - start
  await core.call('views.claims', { offset: 0, limit: 50 })
  await core.call('views.figures', { pointsPerOutlet: 15 })
  const rss = process.memoryUsage().rss / MB
  core.close()
  console.log(`${'views index, 10,000 articles: built once per session'.padEnd(52)} ${builtMs.toFixed(0).padStart(9)} ms`)
  console.log(`${'RSS: listed / with every view built'.padEnd(52)} ${listedRss.toFixed(0).padStart(9)} / ${rss.toFixed(0)} MB  ≤ 600 MB ${rss <= 600 ? '✓' : '✗'}`)
}

/** Generates (or reuses) the project, then measures in a fresh process so nothing of this one is counted. */
export async function benchViewsMemory(): Promise<void> {
  const dir = await viewsProject((line) => console.log(line))
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/views-memory.ts', dir], { encoding: 'utf8', env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.base.json' } })
  if (run.status !== 0) throw new Error(`bench/views-memory.ts failed: ${run.stderr}`)
  process.stdout.write(run.stdout)
}

if (process.argv[1]?.endsWith('views-memory.ts') && process.argv[2]) await measureInThisProcess(process.argv[2])
