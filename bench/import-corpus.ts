/**
 * Import throughput at corpus scale: a Tessera JSONL file of N synthetic articles (50 spans each) imported
 * into a new project through `importFiles` (the CLI's path: bytes, no base64), timed end to end.
 * `npm run bench` runs 1,000 articles; `npm run bench:import` (or BENCH_SCALE set) adds 10,000.
 */
import { syntheticArticle, syntheticSpans } from './synthetic'
import { timedImport } from './timed-import'

const SPANS_PER_ARTICLE = 50
const OUTLETS = ['NationPress', 'Al Mayadeen', 'teleSUR', 'Tehran Times', 'Shafaq News']

/** A Tessera JSONL export of `articles` distinct articles of 250–750 words, offsets in UTF-16 units. */
export function corpusJsonl(articles: number): string {
  const lines = [JSON.stringify({ type: 'header', format: 'tessera-jsonl', format_version: 2, project: 'Bench corpus', offset_unit: 'utf16', tags: [], entities: [] })]
  for (let i = 0; i < articles; i += 1) {
    const title = `Report ${i} from Hama 🇸🇾`
    const text = `${title}\n\n${syntheticArticle(250 + ((i * 7919) % 500), i + 1)}`
    const annotations = syntheticSpans(text, SPANS_PER_ARTICLE).map((span, n) => ({ id: `a${i}-${n}`, ...span, text: text.slice(span.start, span.end), attributes: {}, note: '', author: 'bench' }))
    lines.push(JSON.stringify({ type: 'document', id: `article-${i}`, title, outlet: OUTLETS[i % OUTLETS.length], date: '2024-12-05', status: 'not-started', text, annotations, relations: [] }))
  }
  return `${lines.join('\n')}\n`
}

/** Imports `articles` articles into a fresh project and prints the time and the rate; returns the seconds. */
export async function benchCorpusImport(articles: number): Promise<number> {
  const bytes = Buffer.from(corpusJsonl(articles))
  const label = `import.files: ${articles.toLocaleString('en')} articles × ${SPANS_PER_ARTICLE} spans (${(bytes.length / 1e6).toFixed(0)} MB JSONL)`
  return timedImport(label, articles, 'articles', (core) => core.importFiles([{ name: 'corpus.jsonl', bytes }], {}))
}

/** The bench's sizes: 1,000 always, 10,000 when asked for (BENCH_SCALE, or `npm run bench:import`). */
export async function runCorpusImportBench(scale = Boolean(process.env.BENCH_SCALE)): Promise<void> {
  console.log('\nImport at corpus scale: Tessera JSONL, 50 spans an article')
  const sizes = process.env.BENCH_ARTICLES ? process.env.BENCH_ARTICLES.split(',').map(Number) : scale ? [1_000, 10_000] : [1_000]
  for (const size of sizes) await benchCorpusImport(size)
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) await runCorpusImportBench(true)
