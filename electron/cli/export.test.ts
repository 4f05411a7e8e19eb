import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore } from '../core'
import { ONE_ERROR_LINE, tessera } from './testing/run-cli'

interface JsonlDocument {
  title: string
  text: string
  offset_unit: string
  annotations: { start: number; end: number; text: string; tag: string }[]
}

const EMOJI_ARTICLE = 'Rockets 🚀 over Hama 😀\nThe 🇸🇾 army said rebels 🔥 advanced.\n'

let dir: string
let project: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-export-'))
  project = join(dir, 'project')
  await writeFile(join(dir, 'emoji.txt'), EMOJI_ARTICLE)
  await writeFile(join(dir, 'plain.txt'), 'Plain headline\nNo astral characters here.\n')
  expect((await tessera('import', '--project', project, join(dir, 'emoji.txt'), join(dir, 'plain.txt'))).code).toBe(0)
  // The CLI cannot annotate; the core can. It must let go of the lock before the CLI reads.
  const core = await createCore({ projectDir: project, resourcesDir: resolve('resources'), author: 'test' })
  try {
    const [emoji] = await core.call('documents.list', {})
    const text = (await core.call('documents.get', { documentId: emoji?.id ?? '' })).text
    const start = text.indexOf('rebels')
    await core.call('annotations.create', { documentId: emoji?.id ?? '', tag: 'actor', start, end: start + 'rebels'.length })
  } finally {
    core.close()
  }
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** The document lines of a JSONL export (the first line is the header naming the format and the tag schema). */
function parseJsonl(output: string): JsonlDocument[] {
  expect(output.endsWith('\n')).toBe(true)
  const [header, ...documents] = output.trimEnd().split('\n').map((line) => JSON.parse(line) as JsonlDocument & { type: string })
  expect(header?.type).toBe('header')
  return documents
}

describe('tessera export', () => {
  it('writes JSONL to standard output, one document per line, with code-point offsets by default', async () => {
    const run = await tessera('export', '--project', project, '--format', 'jsonl')
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const documents = parseJsonl(run.stdout)
    expect(documents.map((d) => d.title)).toEqual(['Rockets 🚀 over Hama 😀', 'Plain headline'])
    const [emoji] = documents
    const span = emoji?.annotations[0]
    if (!emoji || !span) throw new Error('the annotated document is missing')
    expect(emoji.offset_unit).toBe('codepoint')
    expect([...emoji.text].slice(span.start, span.end).join('')).toBe('rebels')
    // Proves the offsets were converted: counted in UTF-16 they would point elsewhere.
    expect(emoji.text.slice(span.start, span.end)).not.toBe('rebels')
  })

  it('writes UTF-16 offsets with --offsets utf16', async () => {
    const run = await tessera('export', '--project', project, '--format', 'jsonl', '--offsets', 'utf16')
    const [emoji] = parseJsonl(run.stdout)
    const span = emoji?.annotations[0]
    if (!emoji || !span) throw new Error('the annotated document is missing')
    expect(emoji.offset_unit).toBe('utf16')
    expect(emoji.text.slice(span.start, span.end)).toBe('rebels')
  })

  it('writes CSV tables to a ZIP with --out and reports it on standard error', async () => {
    const out = join(dir, 'corpus.zip')
    const run = await tessera('export', '--project', project, '--format', 'csv', '--out', out)
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(`Exported 2 documents (csv, codepoint offsets) to ${out} (${(await readFile(out)).length} bytes).\n`)
    const tables = unzipSync(await readFile(out))
    expect(Object.keys(tables)).toEqual(['annotations.csv', 'documents.csv', 'relations.csv'])
    const rows = new TextDecoder().decode(tables['annotations.csv']).trimEnd().split('\r\n')
    expect(rows[0]).toMatch(/^document_id,document_title,/)
    expect(rows).toHaveLength(2)
    expect(rows[1]).toContain(',actor,')
  })

  it('fails with one line and exit code 1 on a folder that is not a project', async () => {
    const run = await tessera('export', '--project', dir, '--format', 'jsonl')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(ONE_ERROR_LINE)
    expect(run.stderr).toContain('not a Tessera project')
    expect(run.stdout).toBe('')
  })

  it('refuses an unknown format or offset unit with exit code 2', async () => {
    for (const extra of [['--format', 'xml'], ['--format', 'csv', '--offsets', 'bytes'], []]) {
      const run = await tessera('export', '--project', project, ...extra)
      expect(run.code, extra.join(' ')).toBe(2)
      expect(run.stderr).toMatch(ONE_ERROR_LINE)
    }
  })
})
