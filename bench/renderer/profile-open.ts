/**
 * Where the first open after start spends its time: a fresh page, then one click on a bench
 * document under Chromium's sampling profiler (CDP), printing the open's figures, the longest busy stretches
 * (about one task each) with the functions they spent it in, callers included, and the most self time.
 * `npx tsx --tsconfig tsconfig.base.json bench/renderer/profile-open.ts [0|1|2]` (the document: 5k/500,
 * 5k/5k, 200k/20k; default 1; the renderer must be built). A tool for finding costs, not a benchmark.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TesseraBench } from './browser/tessera-probe'
import { launchChromium, serveProject } from './browser-session'
import { BENCH_DOCUMENTS, benchDocument } from './corpus'
import { busyStretches, selfTimes, startProfiler } from './cpu-profile'
import { freshTesseraPage } from './first-open-scenarios'
import { buildBenchPages } from './pages'
import { createBenchProject } from './project'

declare const window: { tesseraBench: TesseraBench }

const spec = BENCH_DOCUMENTS[Number(process.argv[2] ?? 1)]
if (!spec) throw new Error('Pick a document: 0, 1 or 2')
const dir = await mkdtemp(join(tmpdir(), 'tessera-profile-'))
const doc = benchDocument(spec)
const pages = await buildBenchPages(dir)
// The app opens the project's first document at start: a small one, so the click is the big one's first open.
await createBenchProject(join(dir, 'project'), [benchDocument({ key: 'start', words: 60, spans: 3 }), doc])
const server = await serveProject(join(dir, 'project'))
const browser = await launchChromium()
try {
  // The core reads the document once, as the bench's unmeasured run does: what is profiled is the renderer's first open.
  const warmUp = await freshTesseraPage(browser, server.url, pages.probeScript)
  await warmUp.evaluate((title) => window.tesseraBench.open(title), doc.title)
  await warmUp.context().close()
  const page = await freshTesseraPage(browser, server.url, pages.probeScript)
  const profiler = await startProfiler(await page.context().newCDPSession(page))
  const measured = await page.evaluate((title) => window.tesseraBench.open(title), doc.title)
  const profile = await profiler.stop()
  console.log(
    `${doc.key}: painted after ${measured.ms.toFixed(1)} ms (longest task ${measured.longestTask} ms), every span after ${measured.loadedMs.toFixed(1)} ms (longest task ${measured.loadedLongestTask} ms)\n`
  )
  for (const stretch of busyStretches(profile, 20).slice(0, 4)) {
    console.log(`busy ${stretch.ms.toFixed(1)} ms from ${(stretch.startMs - profile.startTime / 1000).toFixed(1)} ms:`)
    console.log(stretch.inclusive.slice(0, 40).map(([name, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${name}`).join('\n'))
    console.log('')
  }
  console.log('self time:')
  console.log(selfTimes(profile).slice(0, 25).map(([name, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${name}`).join('\n'))
} finally {
  await browser.close()
  await server.stop()
  await rm(dir, { recursive: true, force: true })
}
