import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchChromium, serveProject } from './browser-session'
import { BENCH_DOCUMENTS, benchDocument, type BenchDocument } from './corpus'
import { runFirstOpenScenarios, type FirstOpenSamples } from './first-open-scenarios'
import { buildBenchPages } from './pages'
import { runPeerScenarios } from './peer-scenarios'
import { createBenchProject } from './project'
import { buildRows, firstOpenRows, formatTable } from './report'
import { runTesseraScenarios } from './tessera-scenarios'
import { runViewScenarios, viewRows, type ViewSamples } from './views-scenarios'

export interface RendererBenchOptions {
  runs: number
  /** Runs of text-annotator on the big document (no warm-up run): each open takes a minute or more here. */
  bigPeerRuns: number
  peers: boolean
  /** The first open after start (a fresh page per run) of the 5k/5k and 200k/20k documents (issue 21). */
  firstOpen: boolean
  /** The corpus views on the 10,000-article project (issue 11). */
  views: boolean
  resultsFile: string
}

/**
 * The renderer scenarios of issue 6, in Chromium on browser mode (`out/renderer` must be built), next to
 * the plain-text floor and @recogito/text-annotator on a bare page, same text and spans.
 */
export async function runRendererBench(options: RendererBenchOptions): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-bench-renderer-'))
  const browser = await launchChromium()
  try {
    const documents = BENCH_DOCUMENTS.map(benchDocument)
    const switcher: BenchDocument = benchDocument({ key: 'switch', words: 60, spans: 3 })
    const pages = await buildBenchPages(dir)
    const projectDir = join(dir, 'project')
    await createBenchProject(projectDir, [switcher, ...documents])
    let firstOpen: FirstOpenSamples | null = null
    if (options.firstOpen) {
      process.stdout.write(`Renderer: first open after start (${options.runs} runs, each on a fresh page) `)
      firstOpen = await runFirstOpenScenarios(browser, projectDir, pages, documents.filter((d) => d.spans >= 5_000), options.runs)
      process.stdout.write('\n')
    }
    const server = await serveProject(projectDir)
    process.stdout.write(`Renderer: Tessera (${options.runs} runs + 1 warm-up each) `)
    const tessera = await runTesseraScenarios(browser, server.url, pages.probeScript, documents, switcher.title, options.runs)
    await server.stop()
    let peers = null
    if (options.peers) {
      process.stdout.write('\nRenderer: floor and text-annotator ')
      const big = (doc: BenchDocument): boolean => doc.words >= 100_000
      peers = await runPeerScenarios(
        browser,
        pages.peerPage,
        documents,
        options.runs,
        (doc) => (big(doc) ? options.bigPeerRuns : options.runs),
        (doc) => !big(doc)
      )
    }
    let views: ViewSamples | null = null
    if (options.views) {
      process.stdout.write('\nRenderer: corpus views on 10,000 articles ')
      views = await runViewScenarios(browser, pages.viewsProbeScript, options.runs)
    }
    process.stdout.write('\n')
    const rows = [...buildRows(tessera, peers, documents.map((d) => d.key)), ...(firstOpen ? firstOpenRows(firstOpen) : []), ...(views ? viewRows(views) : [])]
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Chromium ${browser.version()}, Node ${process.version}`
    console.log(`\n${machine}\n\n${formatTable(rows)}\n`)
    await writeFile(options.resultsFile, `${JSON.stringify({ date: new Date().toISOString(), machine, rows, samples: { tessera, firstOpen, peers, views } }, null, 1)}\n`)
    console.log(`Results written to ${options.resultsFile}`)
  } finally {
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
}
