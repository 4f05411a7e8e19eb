/**
 * What the browser alone spends on the text in view of a first open, and which part of the highlights' DOM
 * costs it: after one first open (a fresh page, one click), the chunks in view are emptied and their DOM, as
 * the app drew it, is written back in one go and painted, as drawn and in variants (attributes stripped one
 * kind at a time, highlight rules taken out, no highlights: `browser/dom-variants.ts`). The first pass of each
 * is its first layout on that page; the later ones are warm.
 * `npx tsx --tsconfig tsconfig.base.json bench/renderer/highlight-dom-cost.ts [0|1|2]` (5k/500, 5k/5k,
 * 200k/20k; default 1; the renderer must be built). A tool for finding costs, not a benchmark.
 */
import type { TesseraBench } from './browser/tessera-probe'
import { withFirstOpenPage } from './first-open-session'
import { median } from '../measure'
import { DOM_VARIANTS } from './browser/dom-variants'
import { cpuOfMarkedFrame } from './trace-tasks'

declare const window: { tesseraBench: TesseraBench }

const PASSES = Number(process.env.BENCH_PASSES ?? 8)
/** `BENCH_VARIANTS="as drawn;no role"` to time only some (names as in `DOM_VARIANTS`); `BENCH_HTML=1` prints a sample of the drawn HTML. */
const VARIANTS = process.env.BENCH_VARIANTS?.split(';') ?? Object.keys(DOM_VARIANTS)

await withFirstOpenPage('dom-cost', process.argv[2], async (page, doc) => {
  const open = await page.evaluate((title) => window.tesseraBench.open(title), doc.title)
  console.log(`${doc.key}: first open painted after ${open.ms.toFixed(1)} ms, every span after ${open.loadedMs.toFixed(1)} ms`)
  if (process.env.BENCH_HTML) console.log((await page.evaluate((title) => window.tesseraBench.htmlInView(title), doc.title)).slice(0, 3000))
  const browser = page.context().browser()
  if (!browser) throw new Error('the page has no browser to trace')
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] })
  const results = await page.evaluate(([title, passes, variants]) => window.tesseraBench.redrawInView(title, passes, variants), [doc.title, PASSES, VARIANTS] as const)
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as unknown
  const asDrawn = results['as drawn']
  if (asDrawn) console.log(`as drawn: ${asDrawn.annotations} highlights in view, in ${asDrawn.marks} elements`)
  console.log(`the text in view written and painted, ${PASSES} passes per variant, taking turns (first pass: the page's first layout of it)`)
  console.log('the main thread\'s CPU time in the writing task and the frame that paints it (Chromium\'s trace: what the load does not inflate), beside the time until painted')
  console.log('variant | <mark>s | HTML characters | first pass: CPU / painted ms | later passes, median: CPU / painted ms | of which html / style / layout / paint')
  for (const [name, result] of Object.entries(results)) {
    const passes = result.ms.map((ms, pass) => ({ ms, ...cpuOfMarkedFrame(trace, `dom-cost ${name} ${pass}`) }))
    const [first, ...warm] = passes
    const part = (kind: string): string => median(warm.map((p) => p.parts[kind] ?? 0)).toFixed(1)
    console.log(
      `${name} | ${result.marks} | ${result.htmlCharacters.toLocaleString('en')} | ${first?.cpuMs.toFixed(1)} / ${first?.ms.toFixed(1)} | ` +
        `${median(warm.map((p) => p.cpuMs)).toFixed(1)} / ${median(warm.map((p) => p.ms)).toFixed(1)} | ${part('html')} / ${part('style')} / ${part('layout')} / ${part('paint')}`
    )
  }
})
