import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExportCorpus, slicePython, type ExportCorpus } from '../testing/export-corpus'
import { parseCsv, useTempDirs } from '../testing/helpers'
import { exportFile } from '../testing/export-file'

const tempDir = useTempDirs()
let corpus: ExportCorpus
beforeAll(async () => {
  corpus = await createExportCorpus(await tempDir())
})
afterAll(() => corpus.core.close())

async function tables(options: { neutraliseFormulas?: boolean; offsetUnit?: 'utf16' } = {}): Promise<Record<string, Record<string, string>[]>> {
  const file = await exportFile(corpus.core, { format: 'csv', ...options })
  const entries = unzipSync(Buffer.from(file.content, 'base64'))
  return Object.fromEntries(
    Object.entries(entries).map(([name, bytes]) => {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
      expect(text.startsWith('\uFEFF'), `${name} has a BOM`).toBe(true)
      const [header = [], ...rows] = parseCsv(text.slice(1))
      return [name, rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i] ?? ''])))]
    })
  )
}

describe('CSV tables export', () => {
  it('has one column per attribute across the schema, typed values written plainly', async () => {
    const { 'annotations.csv': rows = [] } = await tables()
    const quote = rows.find((r) => r.annotation_id === 'a-quote')
    expect(quote).toMatchObject({ tag: 'quote', attr_verified: 'true', attr_tone: 'very angry', attr_weight: '-2.5', attr_stance: '', author: 'Second, "B"' })
    expect(rows.find((r) => r.annotation_id === 'a-figure')).toMatchObject({ attr_value: '1200', attr_qualifier: 'range', attr_value_max: '1500', attr_counted: 'dead', outlet: 'Shafaq News', date: '2024-12-04' })
    expect(rows.find((r) => r.annotation_id === 'a-officials')).toMatchObject({ note: 'Said twice, "loudly",\nthen\r\nagain', entity_id: 'entity-army', entity_name: 'Syrian Arab Army "SAA"\t🇸🇾' })
  })

  it('says who a claim is attributed to: the actor mention of its attributed-to relation, its text and its entity', async () => {
    const { 'annotations.csv': rows = [] } = await tables()
    expect(rows.find((r) => r.annotation_id === 'a-claim')).toMatchObject({
      attributed_to_annotation_id: 'a-officials',
      attributed_to_text: 'Officials',
      attributed_to_entity: 'Syrian Arab Army "SAA"\t🇸🇾',
      attr_attributed_to: "'=Officials"
    })
    expect(rows.filter((r) => r.attributed_to_annotation_id !== '').map((r) => r.annotation_id)).toEqual(['a-claim'])
  })

  it('slices the right text with its offsets after emoji, flags and decomposed accents', async () => {
    const { 'annotations.csv': rows = [] } = await tables()
    const texts = new Map(corpus.documents.map((d) => [d.id, d.text]))
    expect(rows).toHaveLength(9)
    for (const row of rows) expect(slicePython(texts.get(row.document_id ?? '') ?? '', Number(row.start), Number(row.end))).toBe(row.text)
    expect(rows.find((r) => r.annotation_id === 'a-officials')).toMatchObject({ start: '28', end: '37' })
    const utf16 = (await tables({ offsetUnit: 'utf16' }))['annotations.csv']?.find((r) => r.annotation_id === 'a-officials')
    expect(utf16).toMatchObject({ start: '31', end: '40', offset_unit: 'utf16' })
  })

  it('neutralises cells a spreadsheet would run as formulas, unless asked for raw cells', async () => {
    const safe = await tables()
    const raw = await tables({ neutraliseFormulas: false })
    const cell = (t: typeof safe, id: string, column: string) => t['annotations.csv']?.find((r) => r.annotation_id === id)?.[column]
    expect(cell(safe, 'a-claim', 'attr_attributed_to')).toBe("'=Officials")
    expect(cell(safe, 'a-hama-ar', 'note')).toBe('\'=HYPERLINK("x")')
    expect(cell(safe, 'a-quote', 'attr_speaker')).toBe('\'-the army, "HQ"')
    expect(cell(raw, 'a-claim', 'attr_attributed_to')).toBe('=Officials')
    expect(cell(raw, 'a-hama-ar', 'note')).toBe('=HYPERLINK("x")')
    // A negative number is a number, not a formula.
    expect(cell(safe, 'a-quote', 'attr_weight')).toBe('-2.5')
  })

  it('lists every selected document in documents.csv with its metadata and text', async () => {
    const { 'documents.csv': documents = [] } = await tables()
    expect(documents.map((d) => [d.document_id, d.title, d.outlet, d.status, d.annotation_count])).toEqual([
      ['doc-hama', 'Hama: army says "largest" convoy 🙂', 'Shafaq News', 'done', '7'],
      ['doc-ar', 'CON', 'SANA', 'in-progress', '2'],
      ['doc-same', 'Hama: army says "largest" convoy 🙂', 'Shafaq News', 'not-started', '0']
    ])
    // CRLF paragraphs, emoji, a flag and Arabic come back exactly (documents.csv waits in a temporary file during the export).
    expect(documents.map((d) => d.text)).toEqual(corpus.documents.map((d) => d.text))
    expect(documents[0]).toMatchObject({ author: 'Desk', url: 'https://example.org/hama', language: 'en' })
  })

  it('lists relations in relations.csv with both ends by id and text', async () => {
    const { 'relations.csv': relations = [] } = await tables()
    expect(relations).toEqual([
      {
        document_id: 'doc-hama', relation_id: 'r-1', type: 'attributed-to', from_annotation_id: 'a-claim', to_annotation_id: 'a-officials',
        from_text: 'said, "we will hold\n\nthe city"', to_text: 'Officials', author: 'Analyst, "R"', created_at: '2024-12-04T11:00:00.000Z'
      }
    ])
  })
})
