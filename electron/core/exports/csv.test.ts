import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { entityDirectory } from '../entities/export-access'
import { DOCUMENT_SCHEMA_VERSION, type DocumentRecord } from '../shared/model/document'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { unzipSync } from 'fflate'
import { csvTablesFormat } from './formats/csv-tables'
import type { ExportContext } from '../shared/exports/format-exporter'
import { exportOptionsSchema } from '../shared/exports/options'
import { importTexts } from '../testing/import-texts'
import { exportFile } from '../testing/export-file'
import { useWarmImportWorkers } from '../import/worker/testing'

// Imports run in the shared import worker: started once, before the tests, not inside one's time.
useWarmImportWorkers()

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

const HEADER = [
  'document_id', 'document_title', 'outlet', 'date', 'annotation_id', 'tag', 'text',
  'start', 'end', 'offset_unit', 'note', 'author', 'created_at', 'updated_at', 'entity_id', 'entity_name',
  'attributed_to_annotation_id', 'attributed_to_text', 'attributed_to_entity'
]
const CREATED = '2026-11-22T04:00:00.000Z'

/**
 * Reads CSV as pandas or Python's csv module would: any of \n, \r\n, \r ends an unquoted record.
 * (csv-parse by default guesses one delimiter from the first row and would forgive a bare \n later.)
 */
function readCsv(content: string): string[][] {
  return parse(content, { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: false }) as string[][]
}

interface Cells {
  title: string
  source: string
  text: string
  author: string
  note: string
}

/** A document whose one annotation covers its whole text, every text cell chosen by the test. */
function documentWith(cells: Cells, id = 'doc-1'): DocumentRecord {
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id,
    title: cells.title,
    source: cells.source,
    author: '',
    date: '2024-12-04',
    url: '',
    language: '',
    status: 'in-progress',
    relations: [],
    importedFrom: 'test.txt',
    importedAt: CREATED,
    text: cells.text,
    annotations: [
      {
        id: `${id}-a`,
        tag: 'claim',
        start: 0,
        end: cells.text.length,
        quote: cells.text,
        prefix: '',
        suffix: '',
        attributes: {},
        note: cells.note,
        author: cells.author,
        createdAt: CREATED,
        updatedAt: CREATED,
        entityId: null
      }
    ]
  }
}

function expectedRow(cells: Cells, id = 'doc-1'): string[] {
  const end = String(Array.from(cells.text).length)
  return [id, cells.title, cells.source, '2024-12-04', `${id}-a`, 'claim', cells.text, '0', end, 'codepoint', cells.note, cells.author, CREATED, CREATED, '', '', '', '', '']
}

/** `annotations.csv` of the CSV export of `documents` (a schema without attributes, so no attribute columns). */
async function render(documents: DocumentRecord[], options: { neutraliseFormulas?: boolean } = {}): Promise<string> {
  const context: ExportContext = {
    projectName: 'test',
    tags: [],
    options: exportOptionsSchema.parse({ format: 'csv', ...options }),
    documents: async function* () {
      yield* documents
    },
    entities: async () => entityDirectory([]),
    report: { documentCount: 0, annotationCount: 0, spansLeftOut: 0, notes: [] }
  }
  let annotations = ''
  for await (const entry of csvTablesFormat.entries(context)) {
    for await (const piece of entry.content) if (entry.name === 'annotations.csv') annotations += piece
  }
  return annotations
}

describe('CSV export: every row reads back to the same fields', () => {
  it('keeps a span across a paragraph break in one row (the issue\'s reproduction, through the core)', async () => {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'analyst' })
    cores.push(core)
    const [summary] = await importTexts(core, [{ fileName: 'paragraphs.txt', content: 'Title line\n\nFirst paragraph.\n\nSecond paragraph.' }])
    const documentId = summary?.id ?? ''
    await core.call('annotations.create', { documentId, tag: 'claim', start: 12, end: 34 })
    const { content } = await exportFile(core, { format: 'csv' })
    const annotations = unzipSync(Buffer.from(content, 'base64'))['annotations.csv'] ?? new Uint8Array()

    const [header, ...rows] = readCsv(new TextDecoder().decode(annotations))
    // The sample schema's attribute columns come between offset_unit and note.
    expect(header?.slice(0, 10)).toEqual(HEADER.slice(0, 10))
    expect(header?.slice(-5)).toEqual(HEADER.slice(-5))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toHaveLength(header?.length ?? 0)
    expect(rows[0]?.[6]).toBe('First paragraph.\n\nSeco')
  })

  it('round-trips \\n, \\r\\n, a lone \\r, quotes and commas in every text cell', async () => {
    const tricky: Cells[] = [
      { title: 'Title\nwith a break', source: 'Outlet, "quoted"', text: 'First paragraph.\n\nSecond', author: 'A\r\nB', note: 'lone\rreturn' },
      { title: 'He said "no"', source: 'a,b,c', text: 'x\ny', author: '"', note: ',' },
      { title: 'حماة 🙂', source: '🇸🇾', text: 'end with a break\n', author: '\n', note: 'ends with\r' }
    ]
    const documents = tricky.map((cells, i) => documentWith(cells, `doc-${i}`))
    const content = await render(documents)
    expect(readCsv(content)).toEqual([HEADER, ...tricky.map((cells, i) => expectedRow(cells, `doc-${i}`))])
  })

  it('round-trips any mix of separators, quotes, line breaks and astral characters (seeded property)', async () => {
    const piece = fc.constantFrom('a', ' ', ',', '"', '""', '\n', '\r', '\r\n', '\n\n', '🙂', '🇸🇾', 'حماة', '\t', ';', "'")
    const cell = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''))
    const cells = fc.record({ title: cell, source: cell, text: cell.filter((text) => text.length > 0), author: cell, note: cell })
    await fc.assert(
      fc.asyncProperty(fc.array(cells, { minLength: 1, maxLength: 4 }), async (all) => {
        const documents = all.map((c, i) => documentWith(c, `doc-${i}`))
        const content = await render(documents, { neutraliseFormulas: false })
        expect(readCsv(content)).toEqual([HEADER, ...all.map((c, i) => expectedRow(c, `doc-${i}`))])
      }),
      { numRuns: 500, seed: 5 }
    )
  })
})

describe('CSV export: formula injection', () => {
  const LEADING = ['=', '+', '-', '@', '\t', '\r']
  const CELLS: (keyof Cells)[] = ['title', 'source', 'text', 'author', 'note']

  for (const lead of LEADING) {
    it(`neutralises a cell starting with ${JSON.stringify(lead)} in every text column, by default`, async () => {
      const payload = `${lead}HYPERLINK("http://evil.example","x")`
      for (const column of CELLS) {
        const cells: Cells = { title: 'Title', source: 'Outlet', text: 'span', author: 'analyst', note: '', [column]: payload }
        const [, row] = readCsv(await render([documentWith(cells)]))
        const expected = expectedRow({ ...cells, [column]: `'${payload}` })
        // Offsets count the span as stored, not the neutralised cell.
        expected[8] = String(Array.from(cells.text).length)
        expect(row, column).toEqual(expected)
      }
    })
  }

  it('leaves cells raw when asked, and never touches numbers or cells with a formula character later on', async () => {
    const cells: Cells = { title: '=1+1', source: '@outlet', text: '-5 dead', author: '+analyst', note: '\tindented' }
    const [, raw] = readCsv(await render([documentWith(cells)], { neutraliseFormulas: false }))
    expect(raw).toEqual(expectedRow(cells))

    const harmless: Cells = { title: 'Score 1=1', source: 'a-b', text: 'x+y', author: 'me@example', note: 'n' }
    const [, row] = readCsv(await render([documentWith(harmless)]))
    expect(row).toEqual(expectedRow(harmless))
    expect(row?.[7]).toBe('0')
  })
})
