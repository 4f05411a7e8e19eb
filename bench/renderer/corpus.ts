import { syntheticArticle, syntheticSpans } from '../synthetic'

export interface BenchDocumentSpec {
  key: string
  words: number
  spans: number
}

export interface BenchDocument extends BenchDocumentSpec {
  title: string
  text: string
  spanList: { tag: string; start: number; end: number }[]
}

/** The three sizes the issue sets targets for. */
export const BENCH_DOCUMENTS: readonly BenchDocumentSpec[] = [
  { key: '5k/500', words: 5_000, spans: 500 },
  { key: '5k/5k', words: 5_000, spans: 5_000 },
  { key: '200k/20k', words: 200_000, spans: 20_000 }
]

/** A deterministic article with a one-line headline (its title) and evenly spread, sometimes nested spans. */
export function benchDocument(spec: BenchDocumentSpec): BenchDocument {
  const title = `Bench ${spec.words.toLocaleString('en')} words, ${spec.spans.toLocaleString('en')} spans`
  const text = `${title}\n\n${syntheticArticle(spec.words)}`
  return { ...spec, title, text, spanList: syntheticSpans(text, spec.spans) }
}

/** The paragraphs as a bare page shows them, and a text offset in that page's flat text (no separators). */
export function pageParagraphs(text: string): { paragraphs: string[]; toPageOffset(offset: number): number } {
  const paragraphs = text.split('\n\n')
  const starts: number[] = []
  let at = 0
  for (const paragraph of paragraphs) {
    starts.push(at)
    at += paragraph.length + 2
  }
  return {
    paragraphs,
    toPageOffset(offset) {
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >>> 1
        if ((starts[middle] ?? 0) <= offset) low = middle
        else high = middle - 1
      }
      return offset - 2 * low
    }
  }
}

/**
 * Words near the top of the text (in view once it opens) that no span tags as a claim yet: where the
 * tag scenarios press `1`, one word per run. Offsets are the bare page's (see `pageParagraphs`).
 */
export function tagTargets(doc: BenchDocument, count: number): { start: number; end: number }[] {
  const { toPageOffset } = pageParagraphs(doc.text)
  const claims = new Set(doc.spanList.filter((s) => s.tag === 'claim').map((s) => `${s.start}:${s.end}`))
  const targets: { start: number; end: number }[] = []
  for (const match of doc.text.slice(0, 1_200).matchAll(/[A-Za-z]{4,}/g)) {
    const start = match.index
    const end = start + match[0].length
    if (start < 200 || claims.has(`${start}:${end}`)) continue
    targets.push({ start: toPageOffset(start), end: toPageOffset(end) })
    if (targets.length === count) return targets
  }
  throw new Error(`Only ${targets.length} words to tag near the top of ${doc.key}`)
}
