/**
 * The agreement measures (issue 22) on a synthetic double-annotated sample: DOCUMENTS articles of about
 * 5,000 characters, three annotators whose layers are one base layer with boundaries moved, tags swapped
 * and spans dropped. Prints the median of three runs per measure; the figures themselves are printed too, as
 * a sanity check that the layers agree about as much as they were made to. Tokens are cached per document
 * object, so only the first line pays for tokenizing; the timed lines measure the figures themselves.
 * Run: npx tsx --tsconfig tsconfig.base.json bench/agreement.ts [DOCUMENTS]
 */
import { performance } from 'node:perf_hooks'
import {
  attributeAgreement,
  disagreements,
  spanAgreement,
  spanConfusion,
  tokenCohenKappa,
  tokenConfusion,
  tokenFleissKappa,
  tokenKrippendorffAlpha,
  unitizingAlpha,
  type AgreementDocument,
  type AgreementSpan
} from '../electron/core/agreement'
import { seededRandom } from '../electron/core/testing/seeded-random'

const DOCUMENTS = Number(process.argv[2] ?? 500)
const random = seededRandom(22)
const WORDS = ['the', 'army', 'said', 'Hama', 'shelling', 'killed', '12', 'civilians', 'on', 'Tuesday', ',', 'rebels', 'denied', 'it', '.']
const TAGS = ['actor', 'place', 'claim', 'figure']
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

function document(index: number): AgreementDocument {
  let text = ''
  while (text.length < 5_000) text += `${pick(WORDS)} `
  const base: AgreementSpan[] = []
  for (let span = 0; span < 60; span += 1) {
    const start = Math.floor(random() * (text.length - 40))
    base.push({ start, end: start + 3 + Math.floor(random() * 30), tag: pick(TAGS), attributes: { stance: pick(['pro', 'con', 'neutral']) } })
  }
  const variant = (): AgreementSpan[] =>
    base
      .filter(() => random() > 0.1)
      .map((span) => ({
        ...span,
        start: random() < 0.15 ? Math.max(0, span.start - 2) : span.start,
        tag: random() < 0.05 ? pick(TAGS) : span.tag,
        attributes: { stance: random() < 0.2 ? pick(['pro', 'con', 'neutral']) : (span.attributes?.['stance'] as string) }
      }))
  return { id: `d${index}`, text, layers: { ann: variant(), bob: variant(), cem: variant() } }
}

const corpus = Array.from({ length: DOCUMENTS }, (_unused, index) => document(index))
const two = ['ann', 'bob'] as const
const three = ['ann', 'bob', 'cem']

function timed(label: string, run: () => unknown, figure: (result: never) => number | null | undefined): void {
  const times: number[] = []
  let result: unknown
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now()
    result = run()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const value = figure(result as never)
  console.log(`${label.padEnd(44)} ${(times[1] ?? 0).toFixed(0).padStart(6)} ms   ${value === null || value === undefined ? 'not defined' : value.toFixed(3)}`)
}

console.log(`${DOCUMENTS} documents × ~5,000 characters, 3 annotators, ~54 spans each per document; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`)
const first = performance.now()
tokenCohenKappa(corpus, two)
console.log(`${'first token measure (tokenizes every document)'.padEnd(44)} ${(performance.now() - first).toFixed(0).padStart(6)} ms`)
timed("Cohen's κ, tokens", () => tokenCohenKappa(corpus, two), (r: ReturnType<typeof tokenCohenKappa>) => r.overall.value)
timed("Fleiss' κ, tokens, 3 annotators", () => tokenFleissKappa(corpus, three), (r: ReturnType<typeof tokenFleissKappa>) => r.overall.value)
timed("Krippendorff's α, tokens, 3 annotators", () => tokenKrippendorffAlpha(corpus, three), (r: ReturnType<typeof tokenKrippendorffAlpha>) => r.overall.value)
timed('span F1, exact', () => spanAgreement(corpus, two, 'exact'), (r: ReturnType<typeof spanAgreement>) => r.overall.f1.value)
timed('span F1, overlap', () => spanAgreement(corpus, two, 'overlap'), (r: ReturnType<typeof spanAgreement>) => r.overall.f1.value)
timed('unitizing α, 3 annotators', () => unitizingAlpha(corpus, three), (r: ReturnType<typeof unitizingAlpha>) => r.overall.value)
timed('token confusion table', () => tokenConfusion(corpus, two), (r: ReturnType<typeof tokenConfusion>) => r.n)
timed('span confusion table', () => spanConfusion(corpus, two), (r: ReturnType<typeof spanConfusion>) => r.n)
timed('disagreements, 3 annotators', () => disagreements(corpus, three), (r: ReturnType<typeof disagreements>) => r.length)
timed('attribute "stance", κ', () => attributeAgreement(corpus, two, 'stance'), (r: ReturnType<typeof attributeAgreement>) => r.cohenKappa.value)
console.log(`rss at the end ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`)
