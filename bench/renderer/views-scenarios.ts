import type { Browser } from '@playwright/test'
import { viewsProject } from '../views-project'
import type { Measurement } from './browser/measure'
import type { TesseraViewsBench, ViewName } from './browser/views-probe'
import { serveProject, VIEWPORT } from './browser-session'
import type { Row } from './report'
import { summarise } from './stats'

declare const window: { tesseraViewsBench: TesseraViewsBench }

const VIEWS: ViewName[] = ['Entities', 'Claims', 'Figures']
const TARGET = '≤ 200 ms'

export interface ViewSamples {
  /** The first tab opened after the app started (its index built in the background since the list showed). */
  first: Measurement
  views: Record<ViewName, Measurement[]>
}

/**
 * Issue 11's corpus views on the 10,000-article / 500,000-span project in browser mode: click each tab
 * (back to the reader in between, so each open mounts the view and asks the core afresh) until the
 * view's content is painted, `runs` times after one warm-up, and once right after start.
 */
export async function runViewScenarios(browser: Browser, probeScript: string, runs: number): Promise<ViewSamples> {
  const projectDir = await viewsProject((line) => process.stdout.write(`\n${line}\n`))
  const server = await serveProject(projectDir)
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await context.newPage()
    await page.addInitScript({ path: probeScript })
    await page.goto(server.url)
    await page.waitForFunction(() => window.tesseraViewsBench?.ready(), undefined, { timeout: 120_000 })
    const first = await page.evaluate(() => window.tesseraViewsBench.open('Entities'))
    const views = { Entities: [], Claims: [], Figures: [] } as Record<ViewName, Measurement[]>
    for (const view of VIEWS) {
      for (let run = 0; run <= runs; run += 1) {
        await page.evaluate(() => window.tesseraViewsBench.showReader())
        const measured = await page.evaluate((name) => window.tesseraViewsBench.open(name), view)
        if (run > 0) views[view].push(measured)
        process.stdout.write('.')
      }
    }
    return { first, views }
  } finally {
    await context.close()
    await server.stop()
  }
}

export function viewRows(samples: ViewSamples): Row[] {
  const rows: Row[] = [
    { scenario: 'views 10k/500k: first tab after start (Entities)', target: '', tessera: summarise([samples.first.ms]), floor: null, textAnnotator: null }
  ]
  for (const view of VIEWS) {
    const measured = samples.views[view]
    rows.push({ scenario: `views 10k/500k: ${view} tab → painted`, target: TARGET, tessera: summarise(measured.map((m) => m.ms)), floor: null, textAnnotator: null })
    rows.push({ scenario: `views 10k/500k: ${view}, longest task`, target: '', tessera: summarise(measured.map((m) => m.longestTask)), floor: null, textAnnotator: null })
  }
  return rows
}
