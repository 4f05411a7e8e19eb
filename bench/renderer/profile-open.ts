/**
 * Where the first open after start spends its time: a fresh page, then one click on a bench
 * document under Chromium's sampling profiler (CDP), printing the open's figures, the longest busy stretches
 * (about one task each) with the functions they spent it in, callers included, and the most self time.
 * `npx tsx --tsconfig tsconfig.base.json bench/renderer/profile-open.ts [0|1|2]` (the document: 5k/500,
 * 5k/5k, 200k/20k; default 1; the renderer must be built). A tool for finding costs, not a benchmark.
 */
import type { TesseraBench } from './browser/tessera-probe'
import { withFirstOpenPage } from './first-open-session'
import { busyStretches, selfTimes, startProfiler } from './cpu-profile'

declare const window: { tesseraBench: TesseraBench }

await withFirstOpenPage('profile', process.argv[2], async (page, doc) => {
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
})
