import { readdir } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { entityDirectory } from '../entities/export-access'
import { DOCUMENT_SCHEMA_VERSION, type DocumentRecord } from '../shared/model/document'
import { useOwnTmpdir } from '../testing/helpers'
import { BOM, csvRecord } from './formats/csv-cells'
import { csvTablesFormat } from './formats/csv-tables'
import type { ExportContext } from '../shared/exports/format-exporter'
import { exportOptionsSchema } from '../shared/exports/options'
import type { ExportRun } from './run'
import { writeRunToChunks } from './sinks'

/**
 * The one-pass CSV export through the browser download's sink: documents.csv comes out exactly as a second
 * read of the documents would write it, and its temporary file is gone however the download ends.
 */
const osTemp = useOwnTmpdir()
const spools = async (): Promise<string[]> => (await readdir(osTemp())).filter((name) => name.startsWith('tessera-export-'))
const CREATED = '2026-11-22T04:00:00.000Z'
const DOCUMENT_COLUMNS = ['document_id', 'title', 'outlet', 'author', 'date', 'url', 'language', 'status', 'annotation_count', 'imported_from', 'text']

/**
 * Seeded, barely compressible text (so the ZIP comes out in many pieces), long enough to cross the spool's
 * read boundaries, with astral and Arabic characters, CR, LF, CRLF and quotes wherever a piece may end.
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
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION, id: `doc-${i}`, title: `=Title ${i}, "x"\n🙂`, source: 'حماة "news"', author: '-desk', date: '2024-12-04',
    url: '', language: 'en', status: 'in-progress', relations: [], importedFrom: 'a\r\nb.txt', importedAt: CREATED, text,
    annotations: Array.from({ length: Math.floor(text.length / 400) }, (_, n) => ({
      id: `doc-${i}-a${n}`, tag: 'claim', start: n * 400, end: n * 400 + 400, quote: text.slice(n * 400, n * 400 + 400), prefix: '', suffix: '',
      attributes: {}, note: '', author: 'analyst', createdAt: CREATED, updatedAt: CREATED, entityId: null
    }))
  }
}

function runOver(documents: DocumentRecord[]): ExportRun {
  const context: ExportContext = {
    projectName: 'test', tags: [], options: exportOptionsSchema.parse({ format: 'csv' }),
    documents: async function* () {
      yield* documents
    },
    entities: async () => entityDirectory([]),
    report: { documentCount: 0, annotationCount: 0, spansLeftOut: 0, notes: [] }
  }
  return { fileName: 'test-csv.zip', mimeType: 'application/zip', multiFile: true, entries: csvTablesFormat.entries(context), report: context.report }
}

describe('CSV tables from one pass, through the download sink', () => {
  it('writes documents.csv exactly as a second read of the documents would', async () => {
    const documents = Array.from({ length: 12 }, (_, i) => documentOf(i, i % 3 === 0 ? 600_000 : 300 + i))
    const parts: Uint8Array[] = []
    await writeRunToChunks(runOver(documents), async (chunk) => {
      parts.push(chunk)
    })
    const files = unzipSync(Buffer.concat(parts))
    const written = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['documents.csv'])
    const secondRead = BOM + csvRecord(DOCUMENT_COLUMNS, false) + documents
      .map((d) => csvRecord([d.id, d.title, d.source, d.author, d.date, d.url, d.language, d.status, d.annotations.length, d.importedFrom, d.text], true))
      .join('')
    expect(written === secondRead, 'documents.csv byte for byte').toBe(true)
    const rows = parse(written, { bom: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][]
    expect(rows.slice(1).map((row) => row[10])).toEqual(documents.map((d) => d.text))
    expect(await spools()).toEqual([])
  })

  it('removes its temporary file when the reader goes away, while either table is being written', async () => {
    const documents = Array.from({ length: 6 }, (_, i) => documentOf(i, 100_000))
    const documentsHeader = Buffer.from('documents.csv')
    for (const table of ['annotations.csv', 'documents.csv']) {
      let inDocuments = false
      await expect(writeRunToChunks(runOver(documents), async (chunk) => {
        // The first piece of the ZIP, or the first one after documents.csv began.
        if (table === 'annotations.csv' || inDocuments) {
          expect(await spools(), 'the spool exists while the export runs').toHaveLength(1)
          throw new Error('the client closed the download')
        }
        inDocuments = Buffer.from(chunk).includes(documentsHeader)
      })).rejects.toThrow('the client closed the download')
      expect(await spools(), `cancelled while writing ${table}`).toEqual([])
    }
  })
})
