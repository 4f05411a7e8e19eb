/**
 * What the browser alone spends on the text in view of a first open, beside what the app spends: after one
 * first open (a fresh page, one click), the chunks in view are emptied and their DOM, as the app drew it, is
 * written back in one go and painted, first as drawn (one element per highlight piece) and then without the
 * highlights. The first pass of each is the page's first layout of that content; the later ones are warm.
 * `npx tsx --tsconfig tsconfig.base.json bench/renderer/highlight-dom-cost.ts [0|1|2]` (5k/500, 5k/5k,
 * 200k/20k; default 1; the renderer must be built). A tool for finding costs, not a benchmark.
 */
import type { TesseraBench } from './browser/tessera-probe'
import { withFirstOpenPage } from './first-open-session'
import { median } from '../measure'

declare const window: { tesseraBench: TesseraBench }

const PASSES = 8

await withFirstOpenPage('dom-cost', process.argv[2], async (page, doc) => {
  const open = await page.evaluate((title) => window.tesseraBench.open(title), doc.title)
  console.log(`${doc.key}: first open painted after ${open.ms.toFixed(1)} ms, every span after ${open.loadedMs.toFixed(1)} ms`)
  for (const withoutHighlights of [false, true]) {
    const redraw = await page.evaluate(([title, passes, bare]) => window.tesseraBench.redrawInView(title, passes, bare), [doc.title, PASSES, withoutHighlights] as const)
    const [first = 0, ...warm] = redraw.ms
    const what = withoutHighlights ? 'the same text without highlights' : `the text in view as drawn (${redraw.marks} highlight elements)`
    console.log(`${what}, ${redraw.htmlCharacters.toLocaleString('en')} characters of HTML: written and painted in ${first.toFixed(1)} ms the first time, ${median(warm).toFixed(1)} ms median after`)
  }
})
