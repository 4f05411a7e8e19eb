import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExportCorpus, slicePython, type ExportCorpus } from '../testing/export-corpus'
import { useTempDirs } from '../testing/helpers'
import { tokenize } from './formats/conll'
import { exportFile } from '../testing/export-file'
import { inEnglish } from '../shared/i18n/said'

const tempDir = useTempDirs()
let corpus: ExportCorpus
beforeAll(async () => {
  corpus = await createExportCorpus(await tempDir())
})
afterAll(() => corpus.core.close())

interface Row {
  token: string
  label: string
}

/** Documents of a CoNLL file, each a list of sentences of rows; asserts the layout on the way. */
function parseConll(content: string): Row[][][] {
  const documents: Row[][][] = []
  for (const block of content.split('-DOCSTART- -X- -X- O\n\n').slice(1)) {
    const sentences = block.split('\n\n').filter(Boolean).map((sentence) =>
      sentence.split('\n').filter(Boolean).map((line) => {
        const columns = line.split(' ')
        expect(columns, line).toHaveLength(4)
        return { token: columns[0] ?? '', label: columns[3] ?? '' }
      })
    )
    documents.push(sentences)
  }
  return documents
}

describe('CoNLL export', () => {
  it('writes valid IOB2: every I- continues a B- or I- of the same type', async () => {
    const { content, documentCount } = await exportFile(corpus.core, { format: 'conll' })
    expect(content.startsWith('-DOCSTART- -X- -X- O\n\n')).toBe(true)
    const documents = parseConll(content)
    expect(documents).toHaveLength(documentCount)
    for (const sentence of documents.flat()) {
      sentence.forEach(({ label }, i) => {
        expect(label).toMatch(/^(O|[BI]-[a-z][a-z0-9-]*)$/)
        if (label.startsWith('I-')) expect(sentence[i - 1]?.label.slice(2), `${label} at ${i}`).toBe(label.slice(2))
      })
    }
  })

  it("reproduces the text's words: the tokens joined are the text without its white space", async () => {
    const documents = parseConll((await exportFile(corpus.core, { format: 'conll' })).content)
    documents.forEach((sentences, index) => {
      const tokens = sentences.flat().map((row) => row.token)
      expect(tokens.join('')).toBe(corpus.documents[index]?.text.replace(/\s+/gu, ''))
    })
    const hamaTokens = documents[0]?.flat().map((r) => r.token)
    expect(hamaTokens?.slice(0, 6)).toEqual(['Hama', '🙂', '🇸🇾', 'Résidence', 'report', 'Officials'])
  })

  it('lets the chosen tag win where spans overlap and reports how many spans were left out', async () => {
    const claimFirst = await exportFile(corpus.core, { format: 'conll', tagPriority: ['claim'] })
    const quoteFirst = await exportFile(corpus.core, { format: 'conll', tagPriority: ['quote', 'place'] })
    const labelOf = (content: string, token: string): string[] =>
      parseConll(content)[0]?.flat().filter((r) => r.token === token).map((r) => r.label) ?? []
    expect(labelOf(claimFirst.content, 'hold')).toEqual(['I-claim'])
    expect(labelOf(claimFirst.content, 'city')).toEqual(['I-claim'])
    expect(labelOf(quoteFirst.content, 'city')).toEqual(['I-quote'])
    // The claim holds the quote, which holds "the city": whichever of the three wins, the other two are left out.
    expect(claimFirst.report.spansLeftOut).toBe(2)
    expect(quoteFirst.report.spansLeftOut).toBe(2)
    expect(claimFirst.report.notes.map(inEnglish).join(' ')).toMatch(/2 spans left out.*claim, actor, place, figure, quote/)
    const noOverlap = await exportFile(corpus.core, { format: 'conll', tags: ['actor', 'place'], documents: { ids: ['doc-ar'] } })
    expect(noOverlap.report).toMatchObject({ spansLeftOut: 0, notes: [], documentCount: 1 })
  })

  it('tokenises with ICU word boundaries: emoji, flags and Arabic words are tokens, spaces are not', () => {
    const text = 'قال 🙂 🇸🇾 al-Sham, 1,200.'
    expect(tokenize(text).map((t) => t.text)).toEqual(['قال', '🙂', '🇸🇾', 'al', '-', 'Sham', ',', '1,200', '.'])
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text)
  })
})

interface SpacyLine {
  text: string
  spans: { start: number; end: number; label: string }[]
  ents: { start: number; end: number; label: string }[]
  meta: { id: string; offset_unit: string }
}

describe('spaCy export', () => {
  const lines = (content: string): SpacyLine[] => content.trimEnd().split('\n').map((l) => JSON.parse(l) as SpacyLine)

  it('gives every span in code points that slice the right text, and non-overlapping ents', async () => {
    const file = await exportFile(corpus.core, { format: 'spacy' })
    const [hama] = lines(file.content)
    const original = corpus.documents[0]
    if (!hama || !original) throw new Error('no document')
    expect(hama.spans).toHaveLength(original.annotations.length)
    for (const span of hama.spans) {
      const annotation = original.annotations.find((a) => a.tag === span.label && slicePython(hama.text, span.start, span.end) === original.text.slice(a.start, a.end))
      expect(annotation, `${span.label} ${span.start}-${span.end}`).toBeDefined()
    }
    expect(hama.spans.find((s) => s.label === 'actor')).toEqual({ start: 28, end: 37, label: 'actor' })
    const sorted = [...hama.ents].sort((a, b) => a.start - b.start)
    sorted.slice(1).forEach((ent, i) => expect(ent.start).toBeGreaterThanOrEqual(sorted[i]?.end ?? 0))
    expect(file.report.spansLeftOut).toBe(hama.spans.length - hama.ents.length)
  })

  it('gives UTF-16 offsets with offsetUnit utf16, for JavaScript', async () => {
    const [hama] = lines((await exportFile(corpus.core, { format: 'spacy', offsetUnit: 'utf16' })).content)
    expect(hama?.meta.offset_unit).toBe('utf16')
    expect(hama?.spans.find((s) => s.label === 'actor')).toEqual({ start: 31, end: 40, label: 'actor' })
  })
})
