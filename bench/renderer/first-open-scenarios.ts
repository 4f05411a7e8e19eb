import { pathToFileURL } from 'node:url'
import type { Browser, Page } from '@playwright/test'
import type { Measurement } from './browser/measure'
import type { PeerBench } from './browser/peer-probe'
import type { OpenMeasurement, TesseraBench } from './browser/tessera-probe'
import { pageParagraphs, type BenchDocument } from './corpus'
import { serveProject, VIEWPORT } from './browser-session'

declare const window: { tesseraBench: TesseraBench; peerBench: PeerBench }

export interface FirstOpenSamples {
  /** Tessera: a fresh page (as after the app starts), then one click on the document. */
  tessera: Record<string, OpenMeasurement[]>
  /** The plain `<p>` floor, also the first thing a freshly loaded page draws. */
  floor: Record<string, Measurement[]>
}

/**
 * A new page with the Tessera probe, loaded until the app has started: the list shows and the document it
 * opens at start (the project's first, which must not be the one measured) is drawn.
 */
export async function freshTesseraPage(browser: Browser, url: string, probeScript: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  await page.addInitScript({ path: probeScript })
  await page.goto(url)
  await page.waitForFunction(() => window.tesseraBench?.started())
  return page
}

/**
 * The first open after start: each run loads a new page (its own browser context, so nothing the page
 * compiled, laid out or cached in an earlier run is reused), waits until the app has started (the list,
 * and the small first document it opens at start), and clicks the document once. The server is started once and has read each document before (one unmeasured open), so
 * the figures are the renderer's first open; the core's own first read is the core bench's. The floor is
 * measured the same way: a new page drawing the paragraphs once.
 */
export async function runFirstOpenScenarios(
  browser: Browser,
  projectDir: string,
  pages: { probeScript: string; peerPage: string },
  documents: readonly BenchDocument[],
  runs: number
): Promise<FirstOpenSamples> {
  const samples: FirstOpenSamples = { tessera: {}, floor: {} }
  const server = await serveProject(projectDir)
  try {
    for (const doc of documents) {
      const opens: OpenMeasurement[] = []
      for (let run = 0; run <= runs; run += 1) {
        const page = await freshTesseraPage(browser, server.url, pages.probeScript)
        const measured = await page.evaluate((title) => window.tesseraBench.open(title), doc.title)
        if (run > 0) opens.push(measured)
        await page.context().close()
        process.stdout.write('.')
      }
      samples.tessera[doc.key] = opens

      const { paragraphs } = pageParagraphs(doc.text)
      const floor: Measurement[] = []
      for (let run = 0; run < runs; run += 1) {
        const context = await browser.newContext({ viewport: VIEWPORT })
        const page = await context.newPage()
        await page.goto(pathToFileURL(pages.peerPage).href)
        floor.push(await page.evaluate((p) => window.peerBench.openFloor(p), paragraphs))
        await context.close()
      }
      samples.floor[doc.key] = floor
    }
  } finally {
    await server.stop()
  }
  return samples
}
