import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportedDocument } from '../import/imported-document'
import type { DocumentRecord } from '../shared/model/document'
import { QUOTE_TAG, createExportCorpus, type ExportCorpus } from '../testing/export-corpus'
import { useTempDirs } from '../testing/helpers'
import { readBratFiles } from './brat-read'
import type { InterchangeRead } from './interchange-read'
import { readTesseraJsonl } from './jsonl-read'
import { readW3cCollection } from './w3c-read'
import { exportFile } from '../testing/export-file'
import { inEnglish } from '../shared/i18n/said'

const tempDir = useTempDirs()
let corpus: ExportCorpus
beforeAll(async () => {
  corpus = await createExportCorpus(await tempDir())
})
afterAll(() => corpus.core.close())

/** An imported offset in the store's unit (UTF-16), computed independently of the exporters' converter. */
function toUtf16(text: string, offset: number, unit: ImportedDocument['offsetUnit']): number {
  return unit === 'utf16' ? offset : Array.from(text).slice(0, offset).join('').length
}

/** What a round trip must keep of a document, in a form both sides can be compared in. */
function essentials(document: DocumentRecord) {
  return {
    id: document.id,
    text: document.text,
    metadata: { title: document.title, source: document.source, author: document.author, date: document.date ?? undefined, url: document.url, language: document.language },
    status: document.status,
    annotations: document.annotations
      .map((a) => ({ tag: a.tag, start: a.start, end: a.end, attributes: a.attributes, note: a.note, author: a.author, entityId: a.entityId }))
      .sort((x, y) => x.start - y.start || x.end - y.end || x.tag.localeCompare(y.tag)),
    relations: document.relations.map((r) => ({ type: r.type, from: document.annotations.find((a) => a.id === r.from)?.start, to: document.annotations.find((a) => a.id === r.to)?.start }))
  }
}

function importedEssentials(document: ImportedDocument, { withAuthors = true } = {}) {
  const annotations = document.annotations.map((a) => ({
    tag: a.tag,
    start: toUtf16(document.text, a.start, document.offsetUnit),
    end: toUtf16(document.text, a.end, document.offsetUnit),
    attributes: a.attributes ?? {},
    note: a.note ?? '',
    author: withAuthors ? (a.author ?? '') : '',
    entityId: a.entityId ?? null
  }))
  const startOf = (id: string) => annotations[document.annotations.findIndex((a) => a.id === id)]?.start
  return {
    id: document.id,
    text: document.text,
    metadata: { ...document.metadata, date: document.metadata.date ?? undefined },
    status: document.status,
    annotations: annotations.sort((x, y) => x.start - y.start || x.end - y.end || x.tag.localeCompare(y.tag)),
    relations: (document.relations ?? []).map((r) => ({ type: r.type, from: startOf(r.from), to: startOf(r.to) }))
  }
}

async function exported(format: 'jsonl' | 'w3c' | 'brat', offsetUnit: 'codepoint' | 'utf16' = 'codepoint'): Promise<InterchangeRead> {
  const file = await exportFile(corpus.core, { format, offsetUnit })
  if (format === 'jsonl') return readTesseraJsonl('corpus.jsonl', file.content)
  if (format === 'w3c') return readW3cCollection('corpus.jsonld', file.content)
  const files = unzipSync(Buffer.from(file.content, 'base64'))
  return readBratFiles(new Map(Object.entries(files).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)])))
}

describe('reading exports back', () => {
  for (const [format, unit] of [['jsonl', 'codepoint'], ['jsonl', 'utf16'], ['w3c', 'codepoint'], ['brat', 'codepoint']] as const) {
    it(`${format} (${unit}): the same documents, texts, metadata, spans, typed attributes, notes, entities and relations`, async () => {
      const read = await exported(format, unit)
      expect(read.documents.map((d) => d.offsetUnit)).toEqual(read.documents.map(() => unit))
      // brat has no place for who made an annotation.
      const withAuthors = format !== 'brat'
      expect(read.documents.map((d) => importedEssentials(d, { withAuthors }))).toEqual(
        corpus.documents.map((d) => {
          const expected = essentials(d)
          return withAuthors ? expected : { ...expected, annotations: expected.annotations.map((a) => ({ ...a, author: '' })) }
        })
      )
      expect(read.tags.find((t) => t.id === 'quote')?.attributes).toEqual(QUOTE_TAG.attributes)
    })
  }

  it('jsonl: an invalid line stops the file with its line number, or is left out and reported when asked', () => {
    const good = '{"type":"document","id":"d","text":"Hama 🙂 x","annotations":[{"tag":"place","start":0,"end":4}]}'
    const content = `${good}\n{"type":"document","text":42}\nnot json\n`
    expect(() => readTesseraJsonl('c.jsonl', content)).toThrow(/^c\.jsonl:2 is not a Tessera document: text: /)
    const warnings: string[] = []
    const read = readTesseraJsonl('c.jsonl', content, { skipInvalid: true, warn: (w) => warnings.push(inEnglish(w)) })
    expect(read.documents.map((d) => d.origin)).toEqual(['c.jsonl:1'])
    expect(warnings).toEqual([expect.stringMatching(/^c\.jsonl:2 /), expect.stringMatching(/^c\.jsonl:3 is not valid JSON/)])
    const future = '{"type":"header","format":"tessera-jsonl","format_version":9,"offset_unit":"codepoint","tags":[]}\n'
    expect(() => readTesseraJsonl('new.jsonl', future)).toThrow(/new\.jsonl was written by a newer Tessera \(format version 9/)
  })

  it('w3c: a span whose position no longer fits is found again by its quote and reported; one not found is left out', async () => {
    const file = await exportFile(corpus.core, { format: 'w3c', documents: { ids: ['doc-ar'] } })
    const collection = JSON.parse(file.content) as { first: { items: { target: { selector: { start?: number; end?: number; exact?: string }[] } }[] } }
    const [moved, lost] = collection.first.items
    if (!moved?.target.selector[0] || !lost?.target.selector[0] || !lost.target.selector[1]) throw new Error('the export lacks selectors')
    moved.target.selector[0].start = 0
    moved.target.selector[0].end = 2
    lost.target.selector[0].start = 0
    lost.target.selector[0].end = 1
    lost.target.selector[1].exact = 'دمشق'
    const warnings: string[] = []
    const [document] = readW3cCollection('x.jsonld', JSON.stringify(collection), { warn: (w) => warnings.push(inEnglish(w)) }).documents
    expect(document?.annotations.map((a) => [a.tag, Array.from(document.text).slice(a.start, a.end).join('')])).toEqual([['actor', 'الجيش']])
    expect(warnings).toEqual([expect.stringMatching(/b-army \(actor\) did not fit its position; found by its quote/), expect.stringMatching(/b-hama \(place\) matches neither/)])
    expect(() => readW3cCollection('bare.jsonld', JSON.stringify({ ...collection, 'tessera:documents': undefined }))).toThrow(/^bare\.jsonld is a W3C AnnotationCollection of \d+ annotation\(s\) without the texts they annotate: they point to a text \(urn:tessera:document:/)
  })

  it('w3c: a linking annotation as the first release wrote it (target from, body to) still reads as the relation', async () => {
    const file = await exportFile(corpus.core, { format: 'w3c', documents: { ids: ['doc-hama'] } })
    const collection = JSON.parse(file.content) as { first: { items: { motivation: string; target: unknown; body: unknown }[] } }
    const link = collection.first.items.find((item) => item.motivation === 'linking')
    if (!link || !Array.isArray(link.target)) throw new Error('the export has no linking annotation targeting both ends')
    const [from, to] = link.target as string[]
    link.target = from
    link.body = to
    const [document] = readW3cCollection('old.jsonld', JSON.stringify(collection)).documents
    expect(document?.relations).toEqual([expect.objectContaining({ type: 'attributed-to', from: 'a-claim', to: 'a-officials' })])
  })

  it('brat: a foreign pair without the sidecar reads with its file name as title, and bad lines name their line', () => {
    const text = 'Damascus 🙂 fell.\nRebels said so.'
    const ann = 'T1\tplace 0 8\tDamascus\nT2\tclaim 11 26\tfell. Rebels said\nA1\tNegated T2\n#1\tAnnotatorNotes T1\ta\\nb'
    const { documents } = readBratFiles(new Map([['news/a.ann', ann], ['news/a.txt', text]]))
    expect(documents[0]?.metadata.title).toBe('a')
    expect(documents[0]?.annotations).toMatchObject([
      { tag: 'place', start: 0, end: 8, note: 'a\nb' },
      { tag: 'claim', start: 11, end: 26, attributes: { Negated: true } }
    ])
    expect(() => readBratFiles(new Map([['b.ann', 'T1\tplace 0 x\tD'], ['b.txt', 'D']]))).toThrow(/^b\.ann:1 is not a brat text-bound annotation/)
    expect(() => readBratFiles(new Map([['c.ann', 'T1\tplace 0 99\tD'], ['c.txt', 'D']]))).toThrow(/c\.ann:1 has offsets outside c\.txt/)
    expect(() => readBratFiles(new Map([['d.ann', '']]))).toThrow(/d\.ann has no d\.txt beside it/)
  })
})
