import type { Browser } from '@playwright/test'
import type { Measurement } from './browser/measure'
import type { OpenMeasurement, TesseraBench } from './browser/tessera-probe'
import { tagTargets, type BenchDocument } from './corpus'
import { VIEWPORT } from './browser-session'

export interface ScrollMeasurement extends Measurement {
  frames: number
}

export interface TesseraSamples {
  open: Record<string, OpenMeasurement[]>
  scroll: ScrollMeasurement[]
  tag: Record<string, Measurement[]>
}

declare const window: { tesseraBench: TesseraBench }

/** Far points of the book to jump to, one per run. */
const SCROLL_POINTS = [0.9, 0.35, 0.62, 0.12, 0.77, 0.5, 0.97, 0.25]

/**
 * Tessera in browser mode: open each document from the list (after opening another one), jump far into
 * the big one, and tag a word in view with the key `1`. One unmeasured warm-up run each.
 */
export async function runTesseraScenarios(
  browser: Browser,
  url: string,
  probeScript: string,
  documents: readonly BenchDocument[],
  switchTitle: string,
  runs: number
): Promise<TesseraSamples> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  await page.addInitScript({ path: probeScript })
  await page.goto(url)
  await page.waitForFunction(() => window.tesseraBench?.ready())
  const samples: TesseraSamples = { open: {}, scroll: [], tag: {} }

  for (const doc of documents) {
    const open: OpenMeasurement[] = []
    for (let run = 0; run <= runs; run += 1) {
      await page.evaluate((title) => window.tesseraBench.open(title), switchTitle)
      const measured = await page.evaluate((title) => window.tesseraBench.open(title), doc.title)
      if (run > 0) open.push(measured)
      if (run > 0 && doc.words >= 100_000) {
        const point = SCROLL_POINTS[run % SCROLL_POINTS.length] ?? 0.5
        samples.scroll.push(await page.evaluate(([title, at]) => window.tesseraBench.scrollTo(title, at), [doc.title, point] as const))
      }
      process.stdout.write('.')
    }
    samples.open[doc.key] = open

    const tag: Measurement[] = []
    const targets = tagTargets(doc, runs + 1)
    for (const [run, target] of targets.entries()) {
      await page.evaluate(([title, start, end]) => window.tesseraBench.armTag(title, start, end), [doc.title, target.start, target.end] as const)
      await page.keyboard.press('1')
      const measured = await page.evaluate(() => window.tesseraBench.tagResult())
      await page.waitForFunction(() => window.tesseraBench.saved())
      if (run > 0) tag.push(measured)
      process.stdout.write('.')
    }
    samples.tag[doc.key] = tag
  }
  await context.close()
  return samples
}
