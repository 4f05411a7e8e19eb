/**
 * `agreement.compute` end to end on a project on disk (issue 22): DOCUMENTS articles of about 5,000 characters,
 * every other one double-annotated by ann and bob (layers made from one base layer with boundaries moved, tags
 * swapped and spans dropped), the rest by ann alone, so half the corpus is read and left out. Prints the time of
 * reading the sample alone and of the whole computation (median of three), the CSV and Markdown reports, and
 * the heap before and after, to show what holding the sample costs.
 * Run: TSX_TSCONFIG_PATH=tsconfig.base.json node --expose-gc --import tsx bench/agreement-project.ts [DOCUMENTS]
 * (--expose-gc so the heap figures are after a collection).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { projectAgreement } from '../electron/core/agreement/project-agreement'
import { readSample } from '../electron/core/agreement/project-sample'
import { agreementCsv } from '../electron/core/agreement/report-csv'
import { agreementMarkdown } from '../electron/core/agreement/report-markdown'
import { documentFromText } from '../electron/core/documents/from-text'
import type { Annotation } from '../electron/core/shared/model/annotation'
import { quoteWithContext } from '../electron/core/shared/text/spans'
import { ProjectStore } from '../electron/core/store/project-store'
import { seededRandom } from '../electron/core/testing/seeded-random'

const DOCUMENTS = Number(process.argv[2] ?? 1_000)
const random = seededRandom(22)
const WORDS = ['the', 'army', 'said', 'Hama', 'shelling', 'killed', '12', 'civilians', 'on', 'Tuesday', ',', 'rebels', 'denied', 'it', '.', 'حماة', '🙂']
const TAGS = ['actor', 'place', 'claim', 'figure']
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const TIME = '2024-12-04T10:00:00.000Z'

interface Span {
  start: number
  end: number
  tag: string
}

function annotations(text: string, author: string, spans: readonly Span[], prefix: string): Annotation[] {
  const stance = (tag: string): Annotation['attributes'] => (tag === 'claim' ? { stance: pick(['asserted', 'reported', 'denied']) } : {})
  return spans.map((span, index): Annotation => ({
    id: `${prefix}-${author}-${index}`,
    ...span,
    ...quoteWithContext(text, span.start, span.end),
    attributes: stance(span.tag),
    note: '',
    author,
    createdAt: TIME,
    updatedAt: TIME,
    entityId: null
  }))
}

function article(index: number): ReturnType<typeof documentFromText> {
  let text = ''
  while (text.length < 5_000) text += `${pick(WORDS)} `
  const base: Span[] = []
  for (let span = 0; span < 60; span += 1) {
    const start = Math.floor(random() * (text.length - 40))
    base.push({ start, end: start + 3 + Math.floor(random() * 30), tag: pick(TAGS) })
  }
  // Never cut a surrogate pair: offsets moved by 2 can land inside the emoji.
  const variant = (): Span[] =>
    base.filter(() => random() > 0.1).map((span) => ({ ...span, start: random() < 0.15 ? Math.max(0, span.start - 1) : span.start, tag: random() < 0.05 ? pick(TAGS) : span.tag }))
  const record = documentFromText(`d${index}.txt`, text.trim(), {}, `d${index}`)
  const ann = annotations(record.text, 'ann', variant().filter((span) => span.end <= record.text.length), record.id)
  const bob = index % 2 === 0 ? annotations(record.text, 'bob', variant().filter((span) => span.end <= record.text.length), record.id) : []
  return { ...record, annotations: [...ann, ...bob] }
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[1] ?? 0
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const times: number[] = []
  let result: T | undefined
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now()
    result = await run()
    times.push(performance.now() - started)
  }
  return { ms: median(times), result: result as T }
}

const heap = (): string => `${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`

const dir = await mkdtemp(join(tmpdir(), 'tessera-bench-agreement-'))
try {
  const projectDir = resolve(dir, 'project')
  const store = await ProjectStore.open(projectDir, { nameForNew: 'Agreement bench' })
  for (let from = 0; from < DOCUMENTS; from += 200) await store.addDocuments(Array.from({ length: Math.min(200, DOCUMENTS - from) }, (_unused, i) => article(from + i)))
  store.close()
  const reader = await ProjectStore.open(projectDir, { readOnly: true })
  // A reviewer reading every layer (blind mode off).
  const NOT_BLIND = { author: '', blindMode: false }
  global.gc?.()
  console.log(`${DOCUMENTS} documents × ~5,000 characters, ${Math.ceil(DOCUMENTS / 2)} double-annotated (ann, bob; ~54 spans each), the rest by ann only; heap ${heap()}`)
  const sample = await timed(() => readSample(reader, {}, NOT_BLIND))
  console.log(`${'read the sample (every document read once)'.padEnd(48)} ${sample.ms.toFixed(0).padStart(6)} ms   ${sample.result.documents.length} used, ${sample.result.leftOut.length} left out`)
  const whole = await timed(() => projectAgreement(reader, {}, NOT_BLIND))
  const f1 = whole.result.pairs[0]?.spanExact.f1.overall.value
  console.log(`${'agreement.compute, all measures'.padEnd(48)} ${whole.ms.toFixed(0).padStart(6)} ms   F1 exact ${f1?.toFixed(3)}, α ${whole.result.krippendorffAlpha.overall.value?.toFixed(3)}, αu ${whole.result.unitizingAlpha.overall.value?.toFixed(3)}, ${whole.result.disagreements.length} disagreements`)
  console.log(`${'  the same for one tag (--tags claim)'.padEnd(48)} ${(await timed(() => projectAgreement(reader, { tags: ['claim'] }, NOT_BLIND))).ms.toFixed(0).padStart(6)} ms`)
  const csv = await timed(async () => agreementCsv(whole.result))
  const markdown = await timed(async () => agreementMarkdown(whole.result, 'Agreement bench'))
  console.log(`${'CSV report'.padEnd(48)} ${csv.ms.toFixed(1).padStart(6)} ms   ${csv.result.length} characters`)
  console.log(`${'Markdown report'.padEnd(48)} ${markdown.ms.toFixed(1).padStart(6)} ms   ${markdown.result.length} characters`)
  console.log(`${'JSON of the result'.padEnd(48)} ${JSON.stringify(whole.result).length.toString().padStart(6)} characters`)
  const held = whole.result
  global.gc?.()
  console.log(`heap after, result held: ${heap()} (${held.annotators.length} annotators)`)
  reader.close()
} finally {
  await rm(dir, { recursive: true, force: true })
}
