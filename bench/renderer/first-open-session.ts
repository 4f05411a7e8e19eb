import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { TesseraBench } from './browser/tessera-probe'
import { launchChromium, serveProject } from './browser-session'
import { BENCH_DOCUMENTS, benchDocument, type BenchDocument } from './corpus'
import { freshTesseraPage } from './first-open-scenarios'
import { buildBenchPages } from './pages'
import { createBenchProject } from './project'

declare const window: { tesseraBench: TesseraBench }

/**
 * For the profiling tools: a bench project whose first document is small (the app opens it at start, so the
 * click is the big one's first open), the core warmed by one open in a page thrown away, and a fresh page
 * on which `inspect` measures that document's first open. Everything is closed and deleted afterwards.
 */
export async function withFirstOpenPage(tool: string, documentChoice: string | undefined, inspect: (page: Page, doc: BenchDocument) => Promise<void>): Promise<void> {
  const spec = BENCH_DOCUMENTS[Number(documentChoice ?? 1)]
  if (!spec) throw new Error('Pick a document: 0, 1 or 2')
  const dir = await mkdtemp(join(tmpdir(), `tessera-${tool}-`))
  const doc = benchDocument(spec)
  const pages = await buildBenchPages(dir)
  await createBenchProject(join(dir, 'project'), [benchDocument({ key: 'start', words: 60, spans: 3 }), doc])
  const server = await serveProject(join(dir, 'project'))
  const browser = await launchChromium()
  try {
    // The core reads the document once, as the bench's unmeasured run does: what is measured is the renderer's first open.
    const warmUp = await freshTesseraPage(browser, server.url, pages.probeScript)
    await warmUp.evaluate((title) => window.tesseraBench.open(title), doc.title)
    await warmUp.context().close()
    await inspect(await freshTesseraPage(browser, server.url, pages.probeScript), doc)
  } finally {
    await browser.close()
    await server.stop()
    await rm(dir, { recursive: true, force: true })
  }
}
