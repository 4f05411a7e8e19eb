/**
 * Import figures (run by `npm run bench` after the core's): a book-length doccano document with 20,000
 * spans carried through normalisation, and a large saved web page through jsdom, DOMPurify and Readability.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createCore } from '../electron/core/core'
import { normalizeWithMap } from '../electron/core/import/normalize-map'
import { readHtml } from '../electron/core/import/readers/html'
import { syntheticArticle, syntheticSpans } from './synthetic'

const WORDS = 200_000
const SPANS = 20_000

async function timed<T>(label: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now()
  const result = await run()
  console.log(`${label.padEnd(52)} ${(performance.now() - start).toFixed(1).padStart(9)} ms`)
  return result
}

// CRLF line ends and a decomposed accent per paragraph, so the map has work to do.
const raw = syntheticArticle(WORDS).replace(/\n\n/g, ' \r\n\r\n').replace(/the /g, 'the\u0301 ')
const spans = syntheticSpans(raw, SPANS)
const codePointSpans = (() => {
  // One pass instead of 40,000 slices: code-point offset of every UTF-16 offset.
  const table = new Uint32Array(raw.length + 1)
  let points = 0
  for (let i = 0; i < raw.length; i += 1) {
    table[i] = points
    const code = raw.charCodeAt(i)
    if (!(code >= 0xdc00 && code <= 0xdfff && i > 0 && raw.charCodeAt(i - 1) >= 0xd800 && raw.charCodeAt(i - 1) <= 0xdbff)) points += 1
  }
  table[raw.length] = points
  return spans.map((s) => [table[s.start] ?? 0, table[s.end] ?? 0, s.tag] as const)
})()

console.log(`\nImport: ${WORDS.toLocaleString('en')} words (${raw.length.toLocaleString('en')} UTF-16 units, CRLF, decomposed accents), ${SPANS.toLocaleString('en')} spans`)
await timed('normalise with offset map', () => normalizeWithMap(raw))
const dir = await mkdtemp(join(tmpdir(), 'tessera-bench-import-'))
try {
  const core = await createCore({ projectDir: join(dir, 'project'), resourcesDir: resolve('resources'), author: 'bench' })
  const line = JSON.stringify({ text: raw, label: codePointSpans })
  const report = await timed('import.files: doccano line with 20,000 spans', () =>
    core.call('import.files', { files: [{ name: 'book.jsonl', base64: Buffer.from(line).toString('base64') }] })
  )
  console.log(`${'  spans imported / warnings'.padEnd(52)} ${`${report.imported[0]?.annotationCount ?? 0} / ${report.warnings.length}`.padStart(12)}`)
  core.close()
  const page = `<!doctype html><html lang="en"><head><title>Book</title><meta property="og:site_name" content="Bench"></head><body><nav>menu</nav><article><h1>Book</h1>${syntheticArticle(WORDS)
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`
  await timed(`HTML page of ${(page.length / 1e6).toFixed(1)} MB: jsdom + DOMPurify + Readability`, () => readHtml('book.html', page))
} finally {
  await rm(dir, { recursive: true, force: true })
}
