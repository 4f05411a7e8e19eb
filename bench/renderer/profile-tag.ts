/**
 * Where a key press's time goes: tags six spans in one bench document (the renderer must be built) under
 * Chromium's sampling profiler (CDP) and prints the functions with the most self time, summed over the
 * last five presses. `npx tsx --tsconfig tsconfig.base.json bench/renderer/profile-tag.ts [0|1|2]` (the
 * document: 5k/500, 5k/5k, 200k/20k; default 2). A tool for finding costs, not a benchmark.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Measurement } from './browser/measure'
import type { TesseraBench } from './browser/tessera-probe'
import { launchChromium, serveProject, VIEWPORT } from './browser-session'
import { BENCH_DOCUMENTS, benchDocument, tagTargets } from './corpus'
import { selfTimes, type CpuProfile } from './cpu-profile'
import { buildBenchPages } from './pages'
import { createBenchProject } from './project'

declare const window: { tesseraBench: TesseraBench }

const spec = BENCH_DOCUMENTS[Number(process.argv[2] ?? 2)]
if (!spec) throw new Error('Pick a document: 0, 1 or 2')
const dir = await mkdtemp(join(tmpdir(), 'tessera-profile-'))
const doc = benchDocument(spec)
const pages = await buildBenchPages(dir)
await createBenchProject(join(dir, 'project'), [doc])
const server = await serveProject(join(dir, 'project'))
const browser = await launchChromium()
try {
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage()
  await page.addInitScript({ path: pages.probeScript })
  await page.goto(server.url)
  await page.waitForFunction(() => window.tesseraBench?.ready())
  await page.evaluate((title) => window.tesseraBench.open(title), doc.title)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  const selfTime = new Map<string, number>()
  for (const [run, target] of tagTargets(doc, 6).entries()) {
    await page.evaluate(([title, start, end]) => window.tesseraBench.armTag(title, start, end), [doc.title, target.start, target.end] as const)
    if (run > 0) await cdp.send('Profiler.start')
    await page.keyboard.press('1')
    const measured: Measurement = await page.evaluate(() => window.tesseraBench.tagResult())
    if (run > 0) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile }
      for (const [key, ms] of selfTimes(profile)) selfTime.set(key, (selfTime.get(key) ?? 0) + ms)
    }
    console.log(`press ${run}: painted after ${measured.ms.toFixed(1)} ms${run === 0 ? ' (warm-up, not profiled)' : ''}`)
    await page.waitForFunction(() => window.tesseraBench.saved())
  }
  const top = [...selfTime].sort((a, b) => b[1] - a[1])
  console.log(top.slice(0, 30).map(([key, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${key}`).join('\n'))
} finally {
  await browser.close()
  await server.stop()
  await rm(dir, { recursive: true, force: true })
}
