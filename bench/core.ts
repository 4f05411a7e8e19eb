/**
 * The core half of `npm run bench`: a book-length document (import, durable tag, undo/redo, find,
 * snapping, export, the reader's offset map) and a 10,000-article project opened in fresh processes.
 * Figures, not pass/fail: targets belong to the issues that set them.
 */
import { spawnSync } from 'node:child_process'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, platform, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createCore } from '../electron/core/core'
import { snapToWords } from '../electron/core/shared/text/snap'
import { buildReaderDocument } from '../renderer/src/editor/reader-document'
import { ARTICLES, bigProject } from './big-project'
import { createBenchProject } from './bench-project'
import { percentile, time, timeAsync } from './measure'
import { syntheticArticle, syntheticSpans } from './synthetic'
import { importTexts } from '../electron/core/testing/import-texts'
import { exportFile } from '../electron/core/testing/export-file'

const figures: Record<string, unknown> = {}
const RESULTS_FILE = resolve('bench/results.json')
const TARGET_TAG_DURABLE_MS = 25
const TARGET_OPEN_LIST_MS = 1_500
const TARGET_RSS_MB = 600
const OPEN_RUNS = 5

const WORDS = 200_000
const SPANS = 20_000
const TIMED_CREATES = 200

export async function runCoreBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-bench-'))
  try {
    const text = syntheticArticle(WORDS)
    console.log(`Document: ${WORDS.toLocaleString('en')} words, ${text.length.toLocaleString('en')} UTF-16 units, emoji and Arabic mixed in`)
    const core = await createCore({ projectDir: join(dir, 'project'), resourcesDir: resolve('resources'), author: 'bench' })
    const [summary] = await timeAsync('import the document', () =>
      importTexts(core, [{ fileName: 'book.txt', content: text }])
    )
    const documentId = summary?.id ?? ''
    const stored = await core.call('documents.get', { documentId })

    const latencies: number[] = []
    const spans = syntheticSpans(stored.text, TIMED_CREATES)
    for (const span of spans) {
      const start = performance.now()
      await core.call('annotations.create', { documentId, tag: span.tag, start: span.start, end: span.end })
      latencies.push(performance.now() - start)
    }
    latencies.sort((a, b) => a - b)
    console.log(
      `annotations.create, durable (n=${TIMED_CREATES})`.padEnd(52),
      `median ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`
    )
    core.close()

    // The same document at full size, written in one go, to measure reading and exporting it.
    const [fullId = ''] = await createBenchProject(join(dir, 'full'), [{ fileName: 'book.txt', text, spans: syntheticSpans(stored.text, SPANS) }])
    const reopened = await createCore({ projectDir: join(dir, 'full'), resourcesDir: resolve('resources'), author: 'bench' })
    const full = await timeAsync(`open and read the document with ${SPANS.toLocaleString('en')} spans`, () =>
      reopened.call('documents.get', { documentId: fullId })
    )
    const countBefore = (await reopened.call('documents.get', { documentId: fullId })).annotations.length
    const durable: number[] = []
    for (const span of syntheticSpans(full.text, TIMED_CREATES + SPANS).slice(-TIMED_CREATES)) {
      const start = performance.now()
      // Resolves once the journal line is fsynced: the change is durable.
      await reopened.call('annotations.create', { documentId: fullId, tag: span.tag === 'claim' ? 'actor' : 'claim', start: span.start, end: span.end })
      durable.push(performance.now() - start)
    }
    const added = (await reopened.call('documents.get', { documentId: fullId })).annotations.length - countBefore
    if (added < TIMED_CREATES * 0.9) throw new Error(`only ${added} of ${TIMED_CREATES} timed creates were new spans`)
    report('tag → durable (fsync done), 20,000 spans present', durable, TARGET_TAG_DURABLE_MS)
    const jsonl = await timeAsync('export JSONL (code points)', () => exportFile(reopened, { format: 'jsonl', offsetUnit: 'codepoint' }))
    await timeAsync('export CSV (code points)', () => exportFile(reopened, { format: 'csv', offsetUnit: 'codepoint' }))
    console.log(`${'JSONL size'.padEnd(52)} ${(Buffer.byteLength(jsonl.content) / 1e6).toFixed(1).padStart(9)} MB`)
    await timeAsync('history.undo of a create, 20,000 spans present', () => reopened.call('history.undo', {}))
    await timeAsync('history.redo of a create, 20,000 spans present', () => reopened.call('history.redo', {}))
    const found = await timeAsync('search.find "the", whole word, ignoring case', () =>
      reopened.call('search.find', { query: 'the', wholeWord: true, caseSensitive: false, limit: 500 })
    )
    console.log(`${'  matches found'.padEnd(52)} ${found.total.toLocaleString('en').padStart(9)}`)
    time('snapToWords, 10,000 selections across the text', () => {
      for (let i = 0; i < 10_000; i += 1) {
        const start = Math.floor((i / 10_000) * (full.text.length - 40))
        snapToWords(full.text, start, start + 37)
      }
    })
    reopened.close()

    const reader = time('reader: build ProseMirror content + offset map', () => buildReaderDocument(full.text))
    time(`reader: map ${SPANS.toLocaleString('en')} spans to positions`, () => {
      for (const a of full.annotations) {
        reader.positions.offsetToPos(a.start, 'start')
        reader.positions.offsetToPos(a.end, 'end')
      }
    })
    console.log(`${'heap used'.padEnd(52)} ${(process.memoryUsage().heapUsed / 1e6).toFixed(0).padStart(9)} MB`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }

  await benchBigProject()
  await writeFile(RESULTS_FILE, `${JSON.stringify({ machine: machine(), date: new Date().toISOString(), figures }, null, 2)}\n`)
  console.log(`figures written to ${RESULTS_FILE}`)
}

/** A project of 10,000 articles / 500,000 spans, opened in fresh processes: start → list, and RSS. */
async function benchBigProject(): Promise<void> {
  const project = await bigProject((line) => console.log(line))
  const working = join(tmpdir(), `tessera-bench-open-${process.pid}`)
  await rm(working, { recursive: true, force: true })
  await cp(project, working, { recursive: true })
  try {
    const first = openInChild(working)
    console.log(
      `${'10,000 articles: first open, index built'.padEnd(52)} ${first.fromOpenMs.toFixed(0).padStart(9)} ms (from process start ${first.fromProcessStartMs.toFixed(0)} ms), RSS ${first.rssMB.toFixed(0)} MB`
    )
    figures['first open of 10,000 articles (index built)'] = { ms: first.fromOpenMs, rssMB: first.rssMB }
    const runs = Array.from({ length: OPEN_RUNS }, () => openInChild(working))
    if (runs.some((run) => run.documents !== ARTICLES || run.problems > 0)) throw new Error(`the big project did not list cleanly: ${JSON.stringify(runs[0])}`)
    report('10,000 articles / 500,000 spans: open → list (cold process)', runs.map((r) => r.fromOpenMs), TARGET_OPEN_LIST_MS)
    report('  same, from process start (module loading included)', runs.map((r) => r.fromProcessStartMs), TARGET_OPEN_LIST_MS)
    report('  RSS with the project open and listed (MB)', runs.map((r) => r.rssMB), TARGET_RSS_MB, 'MB')
  } finally {
    await rm(working, { recursive: true, force: true })
  }
}

interface OpenFigures {
  documents: number
  problems: number
  fromProcessStartMs: number
  fromOpenMs: number
  rssMB: number
}

function openInChild(projectDir: string): OpenFigures {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/open-project.ts', projectDir], { encoding: 'utf8', env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.base.json' } })
  if (run.status !== 0) throw new Error(`bench/open-project.ts failed: ${run.stderr}`)
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as OpenFigures
}

/** Prints median / p95 / max next to the target, and keeps the figures for the JSON file. */
function report(label: string, samples: number[], target: number, unit = 'ms'): void {
  const sorted = [...samples].sort((a, b) => a - b)
  const median = percentile(sorted, 50)
  const p95 = percentile(sorted, 95)
  const max = sorted[sorted.length - 1] ?? 0
  const verdict = median <= target ? 'meets' : 'MISSES'
  console.log(
    `${label.padEnd(52)} median ${median.toFixed(1)} ${unit}, p95 ${p95.toFixed(1)}, max ${max.toFixed(1)} (n=${samples.length}; target ≤ ${target} ${unit} median: ${verdict})`
  )
  figures[label.trim()] = { n: samples.length, median, p95, max, target, unit }
}

function machine(): string {
  return `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${platform()}`
}
