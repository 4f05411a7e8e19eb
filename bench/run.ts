/**
 * `npm run bench`: prints how the core and the reader's offset map scale on a book-length document, then
 * (after `electron-vite build`) the renderer scenarios in Chromium next to the plain-text floor and
 * @recogito/text-annotator. Figures, not pass/fail: targets belong to the issues that set them.
 * `--core` or `--renderer` runs one half; `--no-peers` skips the comparison page; BENCH_RUNS sets the runs (7), BENCH_BIG_PEER_RUNS
 * those of text-annotator on the 200,000-word document (1: it takes over a minute per open here).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createCore } from '../electron/core/core'
import { ProjectStore } from '../electron/core/store/project-store'
import { snapToWords } from '../electron/core/text/snap'
import { buildReaderDocument } from '../renderer/src/editor/reader-document'
import { runRendererBench } from './renderer/run-renderer'
import { syntheticArticle, syntheticSpans } from './synthetic'

const WORDS = 200_000
const SPANS = 20_000
const TIMED_CREATES = 200

function time<T>(label: string, run: () => T): T {
  const start = performance.now()
  const result = run()
  console.log(`${label.padEnd(52)} ${(performance.now() - start).toFixed(1).padStart(9)} ms`)
  return result
}

async function timeAsync<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now()
  const result = await run()
  console.log(`${label.padEnd(52)} ${(performance.now() - start).toFixed(1).padStart(9)} ms`)
  return result
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

async function runCoreBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-bench-'))
  try {
    const text = syntheticArticle(WORDS)
    console.log(`Document: ${WORDS.toLocaleString('en')} words, ${text.length.toLocaleString('en')} UTF-16 units, emoji and Arabic mixed in`)
    const core = await createCore({ projectDir: join(dir, 'project'), resourcesDir: resolve('resources'), author: 'bench' })
    const [summary] = await timeAsync('import the document', () =>
      core.call('documents.importText', { files: [{ fileName: 'book.txt', content: text }] })
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

    // Fill the document to full size in one write, then measure reading and exporting it.
    const store = await ProjectStore.open(join(dir, 'project'))
    await store.updateDocument(documentId, (draft) => {
      draft.annotations = syntheticSpans(draft.text, SPANS).map((span, i) => ({
        id: `bench-${i}`,
        ...span,
        quote: draft.text.slice(span.start, span.end),
        prefix: '',
        suffix: '',
        attributes: {},
        note: '',
        author: 'bench',
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
        entityId: null
      }))
    })
    store.close()
    const reopened = await createCore({ projectDir: join(dir, 'project'), resourcesDir: resolve('resources'), author: 'bench' })
    const full = await timeAsync(`open and read the document with ${SPANS.toLocaleString('en')} spans`, () =>
      reopened.call('documents.get', { documentId })
    )
    await timeAsync('annotations.create with 20,000 spans present', () =>
      reopened.call('annotations.create', { documentId, tag: 'claim', start: 0, end: 5 })
    )
    const jsonl = await timeAsync('export JSONL (code points)', () => reopened.call('export.project', { format: 'jsonl', offsetUnit: 'codepoint' }))
    await timeAsync('export CSV (code points)', () => reopened.call('export.project', { format: 'csv', offsetUnit: 'codepoint' }))
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
}

const args = new Set(process.argv.slice(2))
if (!args.has('--renderer')) await runCoreBench()
if (!args.has('--core')) {
  const runs = Number(process.env.BENCH_RUNS ?? 7)
  await runRendererBench({ runs, bigPeerRuns: Number(process.env.BENCH_BIG_PEER_RUNS ?? 1), peers: !args.has('--no-peers'), resultsFile: resolve('bench-results.json') })
}
