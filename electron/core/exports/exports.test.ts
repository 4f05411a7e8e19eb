import * as fs from 'node:fs/promises'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCore, type Core } from '../core'
import { documentFromText } from '../documents/from-text'
import { ProjectStore } from '../store/project-store'
import { RESOURCES_DIR, listFiles, parseCsv, useTempDirs } from '../testing/helpers'
import { exportToFile } from './write-export'
import { unzipSync } from 'fflate'
import { exportFile } from '../testing/export-file'

// Lets a test make the final rename of an atomic write fail, as a full disk would.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>()
  return { ...actual, rename: vi.fn(actual.rename) }
})

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

const TITLE = 'Hama: army says "largest" convoy, sources'
const RAW = 'Hama 🙂 حماة report\n\nOfficials 🇸🇾 said, "we\nwill hold" the city.'
/** Spans by their text, in reading order: all but the first come after an emoji and Arabic text. */
const SPANS: [string, string][] = [
  ['حماة', 'place'],
  ['Officials', 'actor'],
  ['🇸🇾', 'figure'],
  ['said, "we\nwill hold"', 'claim'],
  ['the city', 'place']
]

interface JsonlSpan {
  start: number
  end: number
  text: string
  tag: string
  author: string
}
interface JsonlLine {
  id: string
  title: string
  source: string
  date: string | null
  offset_unit: string
  text: string
  annotations: JsonlSpan[]
}

async function annotatedProject(): Promise<{ dir: string; core: Core; text: string }> {
  const dir = await tempDir()
  const store = await ProjectStore.open(dir, { nameForNew: 'Hama week: test' })
  await store.addDocuments([
    documentFromText('hama.txt', RAW, { title: TITLE, source: 'Shafaq News', date: '2024-12-04' }, 'doc-hama'),
    documentFromText('plain.txt', 'Second\nNo emoji here.', {}, 'doc-plain'),
    documentFromText('empty.txt', 'Unannotated\nNothing tagged.', {}, 'doc-none')
  ])
  store.close()
  const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'Analyst, "R"' })
  cores.push(core)
  const { text } = await core.call('documents.get', { documentId: 'doc-hama' })
  // Created out of reading order: exports list spans by position.
  for (const [quote, tag] of [...SPANS].reverse()) {
    const start = text.indexOf(quote)
    await core.call('annotations.create', { documentId: 'doc-hama', tag, start, end: start + quote.length })
  }
  await core.call('annotations.create', { documentId: 'doc-plain', tag: 'claim', start: 8, end: 16 })
  return { dir, core, text }
}

/** The document lines of a JSONL export, after checking its header line. */
function parseJsonl(content: string): JsonlLine[] {
  expect(content.endsWith('\n')).toBe(true)
  const [header, ...lines] = content
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as JsonlLine & { type: string; format?: string })
  expect(header).toMatchObject({ type: 'header', format: 'tessera-jsonl', format_version: 2 })
  expect(lines.every((line) => line.type === 'document')).toBe(true)
  return lines
}

/** The files of a multi-file export, as text. */
function unzipped(file: { content: string; encoding: string }): Record<string, string> {
  expect(file.encoding).toBe('base64')
  const files = unzipSync(Buffer.from(file.content, 'base64'))
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)]))
}

describe('JSONL export', () => {
  it('writes one line per document with metadata, full text and code-point spans', async () => {
    const { core, text } = await annotatedProject()
    const file = await exportFile(core, { format: 'jsonl' })
    expect(file.fileName).toBe('hama-week-test.jsonl')
    const lines = parseJsonl(file.content)
    expect(lines.map((l) => l.id)).toEqual(['doc-hama', 'doc-plain', 'doc-none'])
    const [hama, plain, none] = lines
    expect(hama).toMatchObject({ title: TITLE, outlet: 'Shafaq News', date: '2024-12-04', offset_unit: 'codepoint', text })
    expect(none?.annotations).toEqual([])
    expect(plain?.annotations.map((a) => a.text)).toEqual(['No emoji'])

    const codePoints = Array.from(text)
    expect(hama?.annotations.map((a) => [a.text, a.tag])).toEqual(SPANS)
    for (const span of hama?.annotations ?? []) {
      expect(codePoints.slice(span.start, span.end).join(''), span.text).toBe(span.text)
      expect(span.start).toBe(Array.from(text.slice(0, text.indexOf(span.text))).length)
      expect(span.author).toBe('Analyst, "R"')
    }
    // The emoji and the flag before "the city" are three code points but six UTF-16 units.
    const city = hama?.annotations.at(-1)
    expect(city?.start).toBe(text.indexOf('the city') - 3)
  })

  it('gives UTF-16 offsets when asked, so JavaScript slices match', async () => {
    const { core, text } = await annotatedProject()
    const [hama] = parseJsonl((await exportFile(core, { format: 'jsonl', offsetUnit: 'utf16' })).content)
    expect(hama?.offset_unit).toBe('utf16')
    for (const span of hama?.annotations ?? []) {
      expect(text.slice(span.start, span.end)).toBe(span.text)
      expect(span.start).toBe(text.indexOf(span.text))
    }
  })
})

describe('CSV export', () => {
  it('has a BOM, the header, and one row per annotation that reads back exactly', async () => {
    const { core, text } = await annotatedProject()
    const file = await exportFile(core, { format: 'csv' })
    expect([file.fileName, file.mimeType]).toEqual(['hama-week-test-csv.zip', 'application/zip'])
    const tables = unzipped(file)
    expect(Object.keys(tables)).toEqual(['annotations.csv', 'documents.csv', 'relations.csv'])
    const content = tables['annotations.csv'] ?? ''
    expect(content.startsWith('\uFEFF')).toBe(true)
    expect(content).toContain('\r\n')
    // The field with a comma, double quotes and a line break is quoted, its quotes doubled.
    expect(content).toContain('"said, ""we\nwill hold"""')
    expect(content).toContain(`"${TITLE.replaceAll('"', '""')}"`)

    const [header, ...rows] = parseCsv(content.slice(1))
    expect(header).toEqual([
      'document_id', 'document_title', 'outlet', 'date', 'annotation_id', 'tag', 'text', 'start', 'end', 'offset_unit',
      'attr_stance', 'attr_attributed_to', 'attr_type', 'attr_kind', 'attr_value', 'attr_qualifier', 'attr_value_max', 'attr_counted',
      'note', 'author', 'created_at', 'updated_at', 'entity_id', 'entity_name',
      'attributed_to_annotation_id', 'attributed_to_text', 'attributed_to_entity'
    ])
    expect(rows).toHaveLength(SPANS.length + 1)
    const records = rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ''])))
    const hamaRows = records.filter((r) => r.document_id === 'doc-hama')
    expect(hamaRows.map((r) => [r.text, r.tag])).toEqual(SPANS)
    const codePoints = Array.from(text)
    for (const row of hamaRows) {
      expect(row).toMatchObject({ document_title: TITLE, outlet: 'Shafaq News', date: '2024-12-04', offset_unit: 'codepoint' })
      expect(row.author).toBe('Analyst, "R"')
      expect(codePoints.slice(Number(row.start), Number(row.end)).join('')).toBe(row.text)
    }
    expect(records.find((r) => r.document_id === 'doc-plain')).toMatchObject({ document_title: 'Second', outlet: '', date: '', text: 'No emoji' })
    expect(records.some((r) => r.document_id === 'doc-none')).toBe(false)
  })
})

describe('exportToFile', () => {
  it('replaces the target file with exactly the export, leaving no temp files', async () => {
    const { core } = await annotatedProject()
    const outDir = await tempDir()
    for (const format of ['jsonl', 'csv'] as const) {
      const path = join(outDir, `corpus.${format}`)
      await writeFile(path, 'an older export that is longer than nothing '.repeat(200))
      const result = await exportToFile(core, format, path)
      const expected = await exportFile(core, { format, offsetUnit: 'codepoint' })
      const written = await readFile(path)
      if (expected.encoding === 'utf8') expect(written.equals(Buffer.from(expected.content, 'utf8'))).toBe(true)
      else expect(unzipSync(written)).toEqual(unzipSync(Buffer.from(expected.content, 'base64')))
      const { length: documentCount } = await core.call('documents.list', {})
      expect(result).toMatchObject({ path, bytes: written.length, documentCount })
    }
    const utf16Path = join(outDir, 'utf16.jsonl')
    await exportToFile(core, 'jsonl', utf16Path, 'utf16')
    expect(parseJsonl(await readFile(utf16Path, 'utf8'))[0]?.offset_unit).toBe('utf16')
    expect(await listFiles(outDir)).toEqual(['corpus.csv', 'corpus.jsonl', 'utf16.jsonl'])
  })

  it('leaves an existing file as it was when the export cannot be written', async () => {
    const { core, dir } = await annotatedProject()
    const outDir = await tempDir()
    await expect(exportToFile(core, 'jsonl', join(outDir, 'missing-folder', 'x.jsonl'))).rejects.toThrow(/the folder .*missing-folder does not exist/)
    await expect(exportToFile(core, 'csv', dir)).rejects.toThrow()
    expect(await listFiles(outDir)).toEqual([])
    expect(await listFiles(dir)).toContain('project.json')

    const previous = join(outDir, 'corpus.jsonl')
    await writeFile(previous, 'yesterday\'s export')
    vi.mocked(fs.rename).mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))
    await expect(exportToFile(core, 'jsonl', previous)).rejects.toThrow(`The disk is full: could not save ${outDir}`)
    expect(await readFile(previous, 'utf8')).toBe('yesterday\'s export')
    expect(await listFiles(outDir)).toEqual(['corpus.jsonl'])
  })
})
