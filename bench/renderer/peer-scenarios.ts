import { pathToFileURL } from 'node:url'
import type { Browser } from '@playwright/test'
import type { Measurement } from './browser/measure'
import type { PeerBench } from './browser/peer-probe'
import { pageParagraphs, tagTargets, type BenchDocument } from './corpus'
import { VIEWPORT } from './browser-session'

export interface PeerSamples {
  floorOpen: Record<string, Measurement[]>
  annotatorOpen: Record<string, Measurement[]>
  annotatorTag: Record<string, Measurement[]>
}

declare const window: { peerBench: PeerBench }

/** The floor (plain paragraphs) and @recogito/text-annotator on a bare page, with the same text and spans. */
export async function runPeerScenarios(
  browser: Browser,
  peerPage: string,
  documents: readonly BenchDocument[],
  floorRuns: number,
  runs: (doc: BenchDocument) => number,
  warmUp: (doc: BenchDocument) => boolean
): Promise<PeerSamples> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  await page.goto(pathToFileURL(peerPage).href)
  const samples: PeerSamples = { floorOpen: {}, annotatorOpen: {}, annotatorTag: {} }
  for (const doc of documents) {
    const { paragraphs, toPageOffset } = pageParagraphs(doc.text)
    const spans = doc.spanList.map((s) => ({ start: toPageOffset(s.start), end: toPageOffset(s.end) }))
    const floor: Measurement[] = []
    const annotator: Measurement[] = []
    const tag: Measurement[] = []
    for (let run = 0; run <= floorRuns; run += 1) {
      const measured = await page.evaluate((p) => window.peerBench.openFloor(p), paragraphs)
      if (run > 0) floor.push(measured)
    }
    for (let run = warmUp(doc) ? 0 : 1; run <= runs(doc); run += 1) {
      const measured = await page.evaluate(([p, s]) => window.peerBench.openAnnotator(p, s), [paragraphs, spans] as const)
      if (run > 0) annotator.push(measured)
      process.stdout.write('.')
    }
    for (const [run, target] of tagTargets(doc, runs(doc) + 1).entries()) {
      const measured = await page.evaluate(([start, end]) => window.peerBench.tagAnnotator(start, end), [target.start, target.end] as const)
      if (run > 0) tag.push(measured)
    }
    samples.floorOpen[doc.key] = floor
    samples.annotatorOpen[doc.key] = annotator
    samples.annotatorTag[doc.key] = tag
  }
  await context.close()
  return samples
}
