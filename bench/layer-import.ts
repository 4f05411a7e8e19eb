/**
 * Importing a colleague's layer (issue 22, item 2) on projects on disk: DOCUMENTS articles of about 5,000
 * characters; the source project holds ann's and bob's annotations (SPANS each per document), the destination
 * the same articles with bob's only. ann's layer is exported from the source (`tessera export --annotator ann`'s
 * path) and imported as a layer into the destination, then the same file again (every layer unchanged: nothing
 * written) and once more after ann's layer changed (every layer replaced). Prints each time and the RSS.
 * Run: npx tsx --tsconfig tsconfig.base.json bench/layer-import.ts [DOCUMENTS]
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createCore, type Core } from '../electron/core/core'
import { documentFromText } from '../electron/core/documents/from-text'
import type { Annotation } from '../electron/core/shared/model/annotation'
import { quoteWithContext } from '../electron/core/shared/text/spans'
import { ProjectStore } from '../electron/core/store/project-store'
import { exportFile } from '../electron/core/testing/export-file'
import { seededRandom } from '../electron/core/testing/seeded-random'

const DOCUMENTS = Number(process.argv[2] ?? 1_000)
const SPANS = 60
const random = seededRandom(22)
const WORDS = ['the', 'army', 'said', 'Hama', 'shelling', 'killed', '12', 'civilians', 'on', 'Tuesday', ',', 'rebels', 'denied', 'it', '.', 'حماة', '🙂']
const TAGS = ['actor', 'place', 'claim', 'figure']
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const TIME = '2024-12-04T10:00:00.000Z'

function layer(text: string, author: string, document: number): Annotation[] {
  return Array.from({ length: SPANS }, (_unused, index): Annotation => {
    let start = Math.floor(random() * (text.length - 40))
    if (/[\uDC00-\uDFFF]/.test(text[start] ?? '')) start -= 1
    let end = start + 3 + Math.floor(random() * 30)
    if (/[\uDC00-\uDFFF]/.test(text[end] ?? '')) end += 1
    return { id: `${document}-${author}-${index}`, tag: pick(TAGS), start, end, ...quoteWithContext(text, start, end), attributes: {}, note: '', author, createdAt: TIME, updatedAt: TIME, entityId: null }
  })
}

async function makeProjects(source: string, destination: string): Promise<void> {
  const sourceStore = await ProjectStore.open(source, { nameForNew: 'Layer source' })
  const destinationStore = await ProjectStore.open(destination, { nameForNew: 'Layer destination' })
  for (let batch = 0; batch < DOCUMENTS; batch += 200) {
    const pairs = Array.from({ length: Math.min(200, DOCUMENTS - batch) }, (_unused, offset) => {
      const index = batch + offset
      let text = ''
      while (text.length < 5_000) text += `${pick(WORDS)} `
      const record = documentFromText(`d${index}.txt`, text.trim(), {}, `d${index}`)
      const bob = layer(record.text, 'bob', index)
      return { source: { ...record, annotations: [...layer(record.text, 'ann', index), ...bob] }, destination: { ...record, annotations: bob } }
    })
    await sourceStore.addDocuments(pairs.map((p) => p.source))
    await destinationStore.addDocuments(pairs.map((p) => p.destination))
  }
  sourceStore.close()
  destinationStore.close()
}

async function timedImport(core: Core, label: string, content: string): Promise<void> {
  const started = performance.now()
  const report = await core.importFiles([{ name: 'ann.jsonl', bytes: new TextEncoder().encode(content) }], { asLayer: true })
  const ms = performance.now() - started
  const added = report.layers.reduce((sum, l) => sum + l.added, 0)
  const replaced = report.layers.reduce((sum, l) => sum + l.replaced, 0)
  const unchanged = report.layers.filter((l) => l.unchanged).length
  console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms   ${report.layers.length} documents, ${added} added, ${replaced} replaced, ${unchanged} unchanged, ${report.failed.length} failed; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`)
}

const dir = await mkdtemp(join(tmpdir(), 'tessera-bench-layer-'))
try {
  const source = join(dir, 'source')
  const destination = join(dir, 'destination')
  await makeProjects(source, destination)
  const resourcesDir = resolve('resources')
  const sourceCore = await createCore({ projectDir: source, resourcesDir, author: 'bench' })
  let started = performance.now()
  const exported = await exportFile(sourceCore, { format: 'jsonl', authors: ['ann'] })
  console.log(`${DOCUMENTS} documents × ~5,000 characters, ${SPANS} spans per annotator each`)
  console.log(`${'export ann\'s layer (jsonl)'.padEnd(34)} ${(performance.now() - started).toFixed(0).padStart(7)} ms   ${(exported.content.length / 2 ** 20).toFixed(1)} MB`)
  sourceCore.close()
  const core = await createCore({ projectDir: destination, resourcesDir, author: 'bench' })
  await timedImport(core, 'import as a layer', exported.content)
  await timedImport(core, 'the same file again', exported.content)
  started = performance.now()
  // ann moved every span's end by one character since: every layer is replaced.
  const changed = exported.content.replace(/"end":(\d+)/g, (_match, end: string) => `"end":${Number(end) + 1}`)
  await timedImport(core, 'an updated layer (replaces)', changed)
  core.close()
} finally {
  await rm(dir, { recursive: true, force: true })
}
