import { readdir } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { entityDirectory } from '../entities/export-access'
import { DOCUMENT_SCHEMA_VERSION, type DocumentRecord } from '../model/document'
import { useTempDirs } from '../testing/helpers'
import { BOM, csvRecord } from './formats/csv-cells'
import { csvTablesFormat } from './formats/csv-tables'
import type { ExportContext } from './format-exporter'
import { exportOptionsSchema } from './options'
import type { ExportRun } from './run'
import { writeRunToChunks } from './sinks'

const tempDir = useTempDirs()
const CREATED = '2026-11-22T04:00:00.000Z'
const DOCUMENT_COLUMNS = ['document_id', 'title', 'outlet', 'author', 'date', 'url', 'language', 'status', 'annotation_count', 'imported_from', 'text']

/**
 * Seeded, barely compressible text (so the ZIP comes out in many pieces), long enough to cross the spool's
 * 64 KiB pieces many times, with astral and Arabic characters, CR, LF, CRLF and quotes wherever a piece may end.
 */
function hostileText(seed: number, length: number): string {
  const pieces = ['🙂', '🇸🇾', 'ح', 'م', 'ا', 'ة', ' ', '"', ',', '\r\n', '\n', '\r', 'e\u0301', '=', '\t', ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789']
  let state = seed + 1
  let text = `Article ${seed}: `
  while (text.length < length) {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    text += pieces[((t ^ (t >>> 14)) >>> 0) % pieces.length]
  }
  return text
}

/** A document whose annotations each cover 400 characters of its text, so annotations.csv is as big as documents.csv. */
function documentOf(i: number, textLength: number): DocumentRecord {
  const text = hostileText(i, textLength)
  const spans = Math.floor(text.length / 400)
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION, id: `doc-${i}`, title: `=Title ${i}, "x"\n🙂`, source: 'حماة "news"', author: '-desk', date: '2024-12-04',
    url: '', language: 'en', status: 'in-progress', relations: [], importedFrom: 'a\r\nb.txt', importedAt: CREATED, text,
    annotations: Array.from({ length: spans }, (_, n) => ({
      id: `doc-${i}-a${n}`, tag: 'claim', start: n * 400, end: n * 400 + 400, quote: text.slice(n * 400, n * 400 + 400), prefix: '', suffix: '',
      attributes: {}, note: '', author: 'analyst', createdAt: CREATED, updatedAt: CREATED, entityId: null
    }))
  }
}

/** A context over `documents` whose reading fails after `failAfter` of them, spooling into `spoolDir`. */
function contextOver(documents: DocumentRecord[], spoolDir: string, failAfter = Infinity): ExportContext {
  return {
    projectName: 'test', tags: [], options: exportOptionsSchema.parse({ format: 'csv' }), spoolDir,
    documents: async function* () {
      for (const [n, document] of documents.entries()) {
        if (n >= failAfter) throw new Error(`${document.id}.json is damaged`)
        yield document
      }
    },
    entities: async () => entityDirectory([]),
    report: { documentCount: 0, annotationCount: 0, spansLeftOut: 0, notes: [] }
  }
}

function runOf(context: ExportContext): ExportRun {
  return { fileName: 'test-csv.zip', mimeType: 'application/zip', multiFile: true, entries: csvTablesFormat.entries(context), report: context.report }
}

async function zipOf(context: ExportContext, write: (chunk: Uint8Array) => Promise<void> = async () => undefined): Promise<Record<string, string>> {
  const parts: Uint8Array[] = []
  await writeRunToChunks(runOf(context), async (chunk) => {
    await write(chunk)
    parts.push(chunk)
  })
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  return Object.fromEntries(Object.entries(unzipSync(Buffer.concat(parts))).map(([name, bytes]) => [name, decoder.decode(bytes)]))
}

describe('CSV export in one pass over the documents', () => {
  it('writes documents.csv exactly as a second pass over the documents would, texts crossing the spool\'s pieces intact', async () => {
    const documents = Array.from({ length: 12 }, (_, i) => documentOf(i, i % 3 === 0 ? 150_000 : 300 + i))
    const spoolDir = await tempDir()
    const files = await zipOf(contextOver(documents, spoolDir))
    expect(Object.keys(files)).toEqual(['annotations.csv', 'documents.csv', 'relations.csv'])
    const secondPass = BOM + csvRecord(DOCUMENT_COLUMNS, false) + documents
      .map((d) => csvRecord([d.id, d.title, d.source, d.author, d.date, d.url, d.language, d.status, d.annotations.length, d.importedFrom, d.text], true))
      .join('')
    expect(files['documents.csv'] === secondPass, 'documents.csv byte for byte').toBe(true)
    const rows = parse(files['documents.csv'] ?? '', { bom: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][]
    expect(rows.slice(1).map((row) => row[10])).toEqual(documents.map((d) => d.text))
    expect(rows.slice(1).map((row) => row[1])).toEqual(documents.map((d) => `'${d.title}`))
    expect(await readdir(spoolDir)).toEqual([])
  })

  it('removes its spool when a document cannot be read, and the export fails with that document\'s error', async () => {
    const spoolDir = await tempDir()
    const documents = Array.from({ length: 6 }, (_, i) => documentOf(i, 100_000))
    let spoolsSeen = 0
    await expect(zipOf(contextOver(documents, spoolDir, 4), async () => {
      spoolsSeen = Math.max(spoolsSeen, (await readdir(spoolDir)).length)
    })).rejects.toThrow('doc-4.json is damaged')
    expect(spoolsSeen, 'the spool was there while annotations.csv was written').toBe(1)
    expect(await readdir(spoolDir)).toEqual([])
  })

  it('removes its spool when the reader goes away, while either table is being written', async () => {
    const documents = Array.from({ length: 6 }, (_, i) => documentOf(i, 100_000))
    const documentsHeader = Buffer.from('documents.csv')
    for (const table of ['annotations.csv', 'documents.csv']) {
      const spoolDir = await tempDir()
      let inDocuments = false
      await expect(zipOf(contextOver(documents, spoolDir), async (chunk) => {
        // Cancelled on the first piece of the ZIP, or on the first one after documents.csv began.
        if (table === 'annotations.csv' || inDocuments) {
          expect(await readdir(spoolDir)).toHaveLength(1)
          throw new Error('the client closed the download')
        }
        inDocuments = Buffer.from(chunk).includes(documentsHeader)
      })).rejects.toThrow('the client closed the download')
      expect(await readdir(spoolDir), `cancelled while writing ${table}`).toEqual([])
    }
  })

  it('refuses documents.csv before annotations.csv was read to its end, rather than write it short', async () => {
    const spoolDir = await tempDir()
    const entries = csvTablesFormat.entries(contextOver([documentOf(1, 100)], spoolDir))[Symbol.asyncIterator]()
    await entries.next()
    const documentsEntry = await entries.next()
    if (documentsEntry.done) throw new Error('no documents.csv')
    await expect(documentsEntry.value.content[Symbol.asyncIterator]().next()).rejects.toThrow(/read the entries in order/)
    await entries.return?.()
    expect(await readdir(spoolDir)).toEqual([])
  })
})
