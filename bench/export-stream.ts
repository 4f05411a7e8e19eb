/**
 * Streaming exports of a large project: every format written to disk, documents read one at a time.
 * Prints time, size and the heap's peak above its level before the export (sampled as progress comes in).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createCore } from '../electron/core/core'
import { documentFromText } from '../electron/core/documents/from-text'
import { exportToPath } from '../electron/core/exports/write-export'
import type { ExportFormat } from '../electron/core/shared/exports/options'
import { ProjectStore } from '../electron/core/store/project-store'
import { syntheticArticle, syntheticSpans } from './synthetic'

const DOCUMENTS = Number(process.env.TESSERA_BENCH_DOCUMENTS ?? 1_000)
const WORDS = 3_000
const SPANS = 50

export async function benchStreamingExport(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-bench-export-'))
  try {
    const store = await ProjectStore.open(join(dir, 'project'), { nameForNew: 'bench' })
    const now = new Date().toISOString()
    const text = syntheticArticle(WORDS)
    for (let batch = 0; batch < DOCUMENTS; batch += 100) {
      const records = Array.from({ length: 100 }, (_, i) => {
        const record = documentFromText(`d${batch + i}.txt`, `Article ${batch + i}\n\n${text}`, { source: `Outlet ${i % 5}` }, `doc-${batch + i}`)
        record.annotations = syntheticSpans(record.text, SPANS).map((span, n) => ({
          id: `a-${batch + i}-${n}`, ...span, quote: record.text.slice(span.start, span.end), prefix: '', suffix: '',
          attributes: {}, note: '', author: 'bench', createdAt: now, updatedAt: now, entityId: null
        }))
        return record
      })
      await store.addDocuments(records)
    }
    store.close()
    const core = await createCore({ projectDir: join(dir, 'project'), resourcesDir: resolve('resources'), author: 'bench', readOnly: true })
    console.log(`Streaming export: ${DOCUMENTS.toLocaleString('en')} documents of ${WORDS.toLocaleString('en')} words, ${SPANS} spans each`)
    if (!globalThis.gc) console.log('  (for the memory an export keeps alive: TESSERA_BENCH_DOCUMENTS=2000 node --expose-gc --import tsx bench/run.ts)')
    const formats: [ExportFormat, string][] = [['jsonl', 'x.jsonl'], ['csv', 'x-csv.zip'], ['w3c', 'x.jsonld'], ['brat', 'x-brat.zip'], ['conll', 'x.conll'], ['spacy', 'x-spacy.jsonl']]
    for (const [format, name] of formats) {
      globalThis.gc?.()
      const baseline = process.memoryUsage().heapUsed
      let peak = baseline
      let retained = 0
      const start = performance.now()
      const out = join(dir, name)
      await exportToPath(core, { format }, out, {
        onProgress: ({ done }) => {
          peak = Math.max(peak, process.memoryUsage().heapUsed)
          // With --expose-gc, what the export keeps alive (not garbage waiting for collection), every 250 documents.
          if (globalThis.gc && done % 250 === 0) {
            globalThis.gc()
            retained = Math.max(retained, process.memoryUsage().heapUsed - baseline)
          }
        }
      })
      const ms = performance.now() - start
      const size = (await stat(out)).size
      console.log(
        `export ${format} to disk`.padEnd(52),
        `${ms.toFixed(0).padStart(6)} ms, ${(size / 1e6).toFixed(1).padStart(6)} MB, heap peak +${((peak - baseline) / 1e6).toFixed(0)} MB` +
          (globalThis.gc ? `, retained ≤ ${(retained / 1e6).toFixed(1)} MB` : '')
      )
    }
    core.close()
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
