/**
 * The corpus views answered from the index kept on disk (issue 21), on the views bench corpus: 10,000
 * articles / 500,000 spans in `npm run bench`, 100,000 / 5,000,000 in `npm run bench:scale` (it takes
 * minutes: generating the project, then building the index once). Each measurement runs in a fresh
 * process so only that process's memory is counted. `BENCH_REBUILD=1` deletes the index first, so the
 * build is timed again. Target: each view ≤ 500 ms, RSS ≤ 1 GB and independent of the corpus's size.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createCore, type Core } from '../electron/core/core'
import { STORED_VIEWS_FILE } from '../electron/core/views/stored/stored-index'
import { viewsProject } from './views-project'

const MB = 1024 * 1024
const RUNS = 5
let peakRss = 0
const rss = (): number => {
  const now = process.memoryUsage().rss / MB
  peakRss = Math.max(peakRss, now)
  return now
}

const line = (label: string, value: string): void => console.log(`${label.padEnd(60)} ${value}`)

async function timed(core: Core, label: string, ask: () => Promise<unknown>): Promise<void> {
  const times: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now()
    await ask()
    times.push(performance.now() - start)
    rss()
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)] ?? 0
  line(`  ${label}`, `${median.toFixed(1).padStart(9)} ms median, ${(times[times.length - 1] ?? 0).toFixed(1)} max  ≤ 500 ms ${median <= 500 ? '✓' : '✗'}`)
  void core
}

/** The longest gap between ticks of a 5 ms timer from now until `stop` (which waits for one more tick). */
function holdWatch(): { stop(): Promise<number> } {
  let last = performance.now()
  let longest = 0
  const tick = (): void => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }
  const timer = setInterval(tick, 5)
  return {
    async stop() {
      await new Promise((resolve) => setTimeout(resolve, 10))
      clearInterval(timer)
      tick()
      return longest
    }
  }
}

async function measureInThisProcess(dir: string, articles: number): Promise<void> {
  const file = join(dir, STORED_VIEWS_FILE)
  const building = process.env.BENCH_REBUILD === '1' || !existsSync(file)
  if (building) for (const suffix of ['', '-journal', '.lock']) rmSync(`${file}${suffix}`, { recursive: true, force: true })
  const core = await createCore({ projectDir: dir, resourcesDir: resolve('resources'), author: 'bench' })
  const count = articles.toLocaleString('en')
  try {
    let start = performance.now()
    await core.call('documents.list', {})
    line(`views on disk, ${count} articles: open → list`, `${(performance.now() - start).toFixed(0).padStart(9)} ms, RSS ${rss().toFixed(0)} MB`)
    start = performance.now()
    // The longest the thread answering the user was held during the first view: every other call waits that long.
    const held = holdWatch()
    const entities = await core.call('views.entities', {})
    const longestHold = await held.stop()
    line(
      `  first view (${building ? 'index built from the documents' : 'index opened (rebuilt if outdated), stamps checked'})`,
      `${(performance.now() - start).toFixed(0).padStart(9)} ms, RSS ${rss().toFixed(0)} MB, main thread held ≤ ${longestHold.toFixed(0)} ms at a time`
    )
    const top = entities.entities[0]?.id ?? ''
    await timed(core, 'Entities', () => core.call('views.entities', {}))
    await timed(core, 'mentions of the most mentioned entity, first page', () => core.call('views.mentions', { entityId: top, offset: 0, limit: 50 }))
    await timed(core, 'Claims by date, first page', () => core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 50 }))
    await timed(core, 'Claims by text descending, page 100', () => core.call('views.claims', { sort: { by: 'text', direction: 'desc' }, offset: 5000, limit: 50 }))
    await timed(core, 'Claims of one outlet and stance, by actor', () =>
      core.call('views.claims', { sort: { by: 'actor', direction: 'asc' }, offset: 0, limit: 50, outlets: ['Outlet 3'], stances: ['denied'] })
    )
    await timed(core, 'Claims of one entity', () => core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 50, entityId: top }))
    await timed(core, 'Claims holding words', () => core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 50, text: 'said that 99' }))
    await timed(core, 'Figures, 15 points per outlet and day', () => core.call('views.figures', { pointsPerOutlet: 15 }))
    await timed(core, 'Figures by month', () => core.call('views.figures', { pointsPerOutlet: 15, period: 'month' }))
    await timed(core, 'What is counted values', () => core.call('views.countedValues', {}))
    const documentId = 'doc-5'
    const created = await core.call('annotations.create', { documentId, tag: 'claim', start: 0, end: 3 })
    start = performance.now()
    await core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 50 })
    line('  Claims after an edit (the document written again)', `${(performance.now() - start).toFixed(1).padStart(9)} ms`)
    await core.call('annotations.delete', { documentId, annotationId: created.id })
    await core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 50 })
    line('  RSS: peak while answering the views', `${peakRss.toFixed(0).padStart(9)} MB  ≤ 1,024 MB ${peakRss <= 1024 ? '✓' : '✗'}`)
  } finally {
    core.close()
  }
}

/** Generates (or reuses) the project of `articles` articles, then measures in a fresh process. */
export async function benchViewsOnDisk(articles: number): Promise<void> {
  const dir = await viewsProject((text) => console.log(text), articles)
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/views-scale.ts', '--measure', dir, String(articles)], {
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.base.json' }
  })
  if (run.status !== 0) throw new Error(`bench/views-scale.ts failed: ${run.stderr}`)
}

if (process.argv[1]?.endsWith('views-scale.ts')) {
  const [flag, dir, articles] = process.argv.slice(2)
  if (flag === '--measure' && dir) await measureInThisProcess(dir, Number(articles))
  else await benchViewsOnDisk(Number(flag ?? 100_000))
}
