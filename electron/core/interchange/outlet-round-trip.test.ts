import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { createExportCorpus, type ExportCorpus } from '../testing/export-corpus'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { useWarmImportWorkers } from '../import/worker/testing'
import { exportFile } from '../testing/export-file'
import { reportInEnglish } from '../testing/report-in-english'

/**
 * Issue 18, item 7: the outlet is called `outlet` in the app, JSONL and CSV, and so in every export that
 * names it (the W3C export's `tessera:documents`, the brat export's `tessera.json`, the spaCy meta). Files
 * written before, which called it `source`, still import their outlet.
 */
const tempDir = useTempDirs()
let corpus: ExportCorpus
let corpusDir = ''
const cores: Core[] = []
beforeAll(async () => {
  corpusDir = await mkdtemp(join(tmpdir(), 'tessera-outlet-'))
  corpus = await createExportCorpus(corpusDir)
})
afterAll(async () => {
  corpus.core.close()
  for (const core of cores) core.close()
  await rm(corpusDir, { recursive: true, force: true })
})
useWarmImportWorkers()

type File = { name: string; base64: string }
type Json = Record<string, unknown>
const encode = (text: string): string => Buffer.from(text).toString('base64')

async function emptyProject(): Promise<Core> {
  const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'Importer' })
  cores.push(core)
  return core
}

/** The outlet of every document, by id, as the project holds it. */
async function outlets(core: Core): Promise<Record<string, string>> {
  const list = await core.call('documents.list', {})
  const documents = await Promise.all(list.map((d) => core.call('documents.get', { documentId: d.id })))
  return Object.fromEntries(documents.map((d) => [d.id, d.source]))
}

const ORIGINAL = { 'doc-hama': 'Shafaq News', 'doc-ar': 'SANA', 'doc-same': 'Shafaq News' }

/** A document's metadata object with `outlet` renamed `source`, as exports before it wrote them. */
function asOldStyle(document: Json): Json {
  const { outlet, ...rest } = document
  return { ...rest, source: outlet }
}

async function w3cExport(): Promise<Json> {
  return JSON.parse((await exportFile(corpus.core, { format: 'w3c' })).content) as Json
}

async function bratExport(): Promise<{ files: Record<string, Uint8Array>; sidecar: Json & { documents: Json[] } }> {
  const files = unzipSync(Buffer.from((await exportFile(corpus.core, { format: 'brat' })).content, 'base64'))
  const sidecar = JSON.parse(new TextDecoder().decode(files['tessera.json'])) as Json & { documents: Json[] }
  return { files, sidecar }
}

const bratFolder = (files: Record<string, Uint8Array>, sidecar: Json): File[] =>
  Object.entries({ ...files, 'tessera.json': new TextEncoder().encode(JSON.stringify(sidecar)) }).map(([name, bytes]) => ({
    name: `corpus/${name}`,
    base64: Buffer.from(bytes).toString('base64')
  }))

async function imported(files: File[]): Promise<Record<string, string>> {
  const core = await emptyProject()
  const report = reportInEnglish(await core.call('import.files', { files }))
  expect(report.failed).toEqual([])
  expect(report.warnings).toEqual([])
  return outlets(core)
}

describe('the outlet in the exports that carry metadata', () => {
  it('W3C: each of tessera:documents says "outlet", never "source"; into an empty project, the outlet is back', async () => {
    const collection = await w3cExport()
    const documents = collection['tessera:documents'] as Json[]
    expect(documents.map((d) => [d['tessera:id'], d.outlet, 'source' in d])).toEqual([
      ['doc-hama', 'Shafaq News', false],
      ['doc-ar', 'SANA', false],
      ['doc-same', 'Shafaq News', false]
    ])
    expect(await imported([{ name: 'corpus.jsonld', base64: encode(JSON.stringify(collection)) }])).toEqual(ORIGINAL)
  })

  it('W3C written before "outlet" (documents with "source") still imports the outlet', async () => {
    const collection = await w3cExport()
    const old = { ...collection, 'tessera:documents': (collection['tessera:documents'] as Json[]).map(asOldStyle) }
    expect(JSON.stringify(old)).not.toContain('"outlet"')
    expect(await imported([{ name: 'old.jsonld', base64: encode(JSON.stringify(old)) }])).toEqual(ORIGINAL)
  })

  it('brat: tessera.json says "outlet" for each document; the folder into an empty project brings it back', async () => {
    const { files, sidecar } = await bratExport()
    expect(sidecar.format_version).toBe(2)
    expect(sidecar.documents.map((d) => [d.id, d.outlet, 'source' in d])).toEqual([
      ['doc-hama', 'Shafaq News', false],
      ['doc-ar', 'SANA', false],
      ['doc-same', 'Shafaq News', false]
    ])
    expect(await imported(bratFolder(files, sidecar))).toEqual(ORIGINAL)
  })

  it('brat: a tessera.json written before "outlet" (format version 1, "source") still imports the outlet', async () => {
    const { files, sidecar } = await bratExport()
    const old = { ...sidecar, format_version: 1, documents: sidecar.documents.map(asOldStyle) }
    expect(JSON.stringify(old)).not.toContain('"outlet"')
    expect(await imported(bratFolder(files, old))).toEqual(ORIGINAL)
  })

  it('spaCy: each line\'s meta says "outlet"', async () => {
    const file = await exportFile(corpus.core, { format: 'spacy' })
    const metas = file.content
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { meta: Json }).meta)
    expect(metas.map((m) => [m.id, m.outlet, 'source' in m])).toEqual([
      ['doc-hama', 'Shafaq News', false],
      ['doc-ar', 'SANA', false],
      ['doc-same', 'Shafaq News', false]
    ])
  })
})
