import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExportCorpus, type ExportCorpus } from '../testing/export-corpus'
import { useTempDirs } from '../testing/helpers'
import { bratReader, interchangeReaders, tesseraJsonlReader, w3cReader, type InterchangeReaderOptions } from './readers'
import { exportFile } from '../testing/export-file'
import { inEnglish } from '../shared/i18n/said'

const tempDir = useTempDirs()
let corpus: ExportCorpus
beforeAll(async () => {
  corpus = await createExportCorpus(await tempDir())
})
afterAll(() => corpus.core.close())

const encoder = new TextEncoder()
function options(files: Record<string, Uint8Array> = {}): InterchangeReaderOptions & { warnings: string[] } {
  const warnings: string[] = []
  return { skipInvalid: false, warn: (m) => warnings.push(inEnglish(m)), companion: (path) => files[path], declare: () => undefined, warnings }
}

describe('interchange readers for the import registry', () => {
  it('each recognises its own export, and only it', async () => {
    const jsonl = encoder.encode((await exportFile(corpus.core, { format: 'jsonl' })).content)
    const w3c = encoder.encode((await exportFile(corpus.core, { format: 'w3c' })).content)
    const spacy = encoder.encode((await exportFile(corpus.core, { format: 'spacy' })).content)
    const doccano = encoder.encode('{"text":"Hama","label":[[0,4,"place"]]}\n')
    const recognised = (name: string, bytes: Uint8Array) => interchangeReaders.filter((r) => r.canRead(name, bytes)).map((r) => r.format)
    expect(recognised('corpus.jsonl', jsonl)).toEqual(['tessera-jsonl'])
    expect(recognised('corpus.jsonld', w3c)).toEqual(['w3c'])
    expect(recognised('a.ann', new Uint8Array())).toEqual(['brat'])
    expect(recognised('spacy.jsonl', spacy)).toEqual([])
    expect(recognised('doccano.jsonl', doccano)).toEqual([])
    expect(recognised('corpus.txt', jsonl)).toEqual([])
  })

  it('read whole documents from bytes; brat takes its .txt and sidecar as companions', async () => {
    const jsonl = encoder.encode((await exportFile(corpus.core, { format: 'jsonl' })).content)
    expect((await tesseraJsonlReader.read('c.jsonl', jsonl, options())).map((d) => d.id)).toEqual(['doc-hama', 'doc-ar', 'doc-same'])
    const w3c = encoder.encode((await exportFile(corpus.core, { format: 'w3c' })).content)
    expect((await w3cReader.read('c.jsonld', w3c, options())).map((d) => d.annotations.length)).toEqual([7, 2, 0])
    const brat = unzipSync(Buffer.from((await exportFile(corpus.core, { format: 'brat' })).content, 'base64'))
    expect(bratReader.companions?.('x/_CON.ann')).toEqual(['x/_CON.txt', 'x/tessera.json', 'x/annotation.conf'])
    const [arabic] = await bratReader.read('x/_CON.ann', brat['_CON.ann'] ?? new Uint8Array(), options(brat))
    expect(arabic).toMatchObject({ id: 'doc-ar', metadata: { title: 'CON', source: 'SANA' }, status: 'in-progress', offsetUnit: 'codepoint' })
    await expect(bratReader.read('y.ann', new Uint8Array(), options())).rejects.toThrow(/y\.ann has no y\.txt beside it/)
    await expect(tesseraJsonlReader.read('bad.jsonl', new Uint8Array([0xff, 0xfe, 0x41]), options())).rejects.toThrow(/bad\.jsonl:1 is not UTF-8/)
  })
})
