import type { Annotation } from '../electron/core/shared/model/annotation'
const VOCABULARY = [
  'the', 'army', 'said', 'Hama', 'militants', 'advanced', 'towards', 'city', 'sources', 'reported', 'casualties',
  'of', 'in', 'and', 'airstrikes', 'on', 'Idlib', 'Aleppo', 'civilians', 'displaced', '1,600', '20', 'kilometers',
  'حماة', 'الجيش', '🙂', '🇸🇾'
]

/** A deterministic article of `words` words in paragraphs of about 80 words, with astral and Arabic text mixed in. */
export function syntheticArticle(words: number, seedValue = 7): string {
  const paragraphs: string[] = []
  let seed = seedValue
  for (let written = 0; written < words; ) {
    const length = Math.min(80, words - written)
    const paragraph: string[] = []
    for (let i = 0; i < length; i += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      paragraph.push(VOCABULARY[seed % VOCABULARY.length] ?? 'the')
    }
    paragraphs.push(`${paragraph.join(' ')}.`)
    written += length
  }
  return paragraphs.join('\n\n')
}

/** `count` spans of one to five words spread evenly over the text, overlapping their neighbours now and then. */
export function syntheticSpans(text: string, count: number): { tag: string; start: number; end: number }[] {
  const tags = ['claim', 'actor', 'place', 'figure']
  const wordStarts: number[] = []
  for (const match of text.matchAll(/\S+/g)) wordStarts.push(match.index)
  const step = Math.max(1, Math.floor(wordStarts.length / count))
  const spans: { tag: string; start: number; end: number }[] = []
  for (let i = 0; i < count; i += 1) {
    const first = Math.min(i * step, wordStarts.length - 1)
    const lastWord = Math.min(first + (i % 5), wordStarts.length - 1)
    const start = wordStarts[first] ?? 0
    const endWordStart = wordStarts[lastWord] ?? start
    const end = endWordStart + (/^\S+/.exec(text.slice(endWordStart))?.[0].length ?? 1)
    spans.push({ tag: tags[i % tags.length] ?? 'claim', start, end })
  }
  return spans
}

/** `count` synthetic annotations on `text`, stored as the app stores them (quote with context, author "bench"). */
export function syntheticAnnotations(idPrefix: string, text: string, count: number, createdAt: string): Annotation[] {
  return syntheticSpans(text, count).map((span, n) => ({
    id: `${idPrefix}-a${n}`,
    ...span,
    quote: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - 32), span.start),
    suffix: text.slice(span.end, span.end + 32),
    attributes: {},
    note: '',
    author: 'bench',
    createdAt,
    updatedAt: createdAt,
    entityId: null
  }))
}
