import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RAW_ARTICLE, createExportCorpus, slicePython, type ExportCorpus } from '../testing/export-corpus'
import { parseCsv, useTempDirs } from '../testing/helpers'
import { exportFile } from '../testing/export-file'

/**
 * The check for every format: "🙂", "🇸🇾" and a decomposed "é" (in the imported source) come before
 * the actor "Officials"; its exported offsets must slice "Officials" with Python's code-point indexing.
 * Counted by hand: "Hama 🙂 🇸🇾 Résidence report\n\n" is 28 code points (31 UTF-16 units; 29 before NFC).
 */
const tempDir = useTempDirs()
let corpus: ExportCorpus
let text: string
beforeAll(async () => {
  corpus = await createExportCorpus(await tempDir())
  text = corpus.documents[0]?.text ?? ''
})
afterAll(() => corpus.core.close())

const unzip = (content: string): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(Buffer.from(content, 'base64'))).map(([n, b]) => [n, new TextDecoder().decode(b)]))

describe('offsets after an emoji, a flag and a decomposed accent, in every format', () => {
  it('the source really holds them before the span, and the store has composed the accent', () => {
    const before = RAW_ARTICLE.slice(0, RAW_ARTICLE.indexOf('Officials'))
    expect(before).toContain('🙂')
    expect(before).toContain('🇸🇾')
    expect(before).toContain('e\u0301')
    expect(text.slice(0, text.indexOf('Officials'))).toContain('\u00e9')
  })

  it('jsonl', async () => {
    const lines = (await exportFile(corpus.core, { format: 'jsonl' })).content.trimEnd().split('\n')
    const hama = JSON.parse(lines[1] ?? '{}') as { text: string; annotations: { id: string; start: number; end: number }[] }
    const span = hama.annotations.find((a) => a.id === 'a-officials')
    expect([span?.start, span?.end]).toEqual([28, 37])
    expect(slicePython(hama.text, span?.start ?? 0, span?.end ?? 0)).toBe('Officials')
  })

  it('csv', async () => {
    const [header = [], ...rows] = parseCsv(unzip((await exportFile(corpus.core, { format: 'csv' })).content)['annotations.csv']?.slice(1) ?? '')
    const row = rows.find((r) => r[header.indexOf('annotation_id')] === 'a-officials') ?? []
    const [start, end] = [Number(row[header.indexOf('start')]), Number(row[header.indexOf('end')])]
    expect([start, end]).toEqual([28, 37])
    expect(slicePython(text, start, end)).toBe('Officials')
  })

  it('w3c', async () => {
    const collection = JSON.parse((await exportFile(corpus.core, { format: 'w3c' })).content) as {
      first: { items: { id: string; target: { selector: { start: number; end: number }[] } }[] }
    }
    const [position] = collection.first.items.find((a) => a.id.endsWith(':a-officials'))?.target.selector ?? []
    expect([position?.start, position?.end]).toEqual([28, 37])
    expect(slicePython(text, position?.start ?? 0, position?.end ?? 0)).toBe('Officials')
  })

  it('brat', async () => {
    const files = unzip((await exportFile(corpus.core, { format: 'brat' })).content)
    const line = files['Hama- army says -largest- convoy 🙂.ann']?.split('\n').find((l) => l.endsWith('\tOfficials'))
    expect(line).toBe('T1\tactor 28 37\tOfficials')
    expect(slicePython(files['Hama- army says -largest- convoy 🙂.txt'] ?? '', 28, 37)).toBe('Officials')
  })

  it('conll (tokens, not offsets: the span lands on its word)', async () => {
    const content = (await exportFile(corpus.core, { format: 'conll' })).content
    expect(content).toContain('\nHama _ _ O\n🙂 _ _ O\n🇸🇾 _ _ O\nRésidence _ _ O\nreport _ _ O\n\nOfficials _ _ B-actor\n')
  })

  it('spacy, in code points and in UTF-16', async () => {
    for (const [offsetUnit, expected, slice] of [
      ['codepoint', [28, 37], (s: number, e: number) => slicePython(text, s, e)],
      ['utf16', [31, 40], (s: number, e: number) => text.slice(s, e)]
    ] as const) {
      const [hama] = (await exportFile(corpus.core, { format: 'spacy', offsetUnit })).content.split('\n')
      const span = (JSON.parse(hama ?? '{}') as { spans: { start: number; end: number; label: string }[] }).spans.find((s) => s.label === 'actor')
      expect([span?.start, span?.end]).toEqual(expected)
      expect(slice(span?.start ?? 0, span?.end ?? 0)).toBe('Officials')
    }
  })
})
