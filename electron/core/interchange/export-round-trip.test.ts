import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import type { AttributeDefinition } from '../shared/model/attributes'
import { DEFAULT_TAGS } from '../shared/model/project'
import { createExportCorpus } from '../testing/export-corpus'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { useWarmImportWorkers } from '../import/worker/testing'
import { exportFile } from '../testing/export-file'
import { reportInEnglish } from '../testing/report-in-english'

/**
 * Issue 18, tests: "Tessera JSONL / W3C / brat → empty project → same export, attributes included". The
 * export corpus (emoji, a flag, Arabic, overlapping spans, a quotation across a paragraph break, notes with
 * line breaks, linked entities, an attributed-to relation, a Quote tag with an attribute of every type)
 * whose Claim tag also has a yes/no attribute `verified`, set on its claim. Exported, imported into an empty
 * project through `import.files`, exported again: the two exports are compared whole, except what the
 * import cannot keep (stated per format below).
 */
const tempDir = useTempDirs()
const cores: Core[] = []
let source: Core
let sourceDir = ''
const VERIFIED: AttributeDefinition = { id: 'verified', label: 'Verified', type: 'flag' }
const CLAIM_ATTRIBUTES = [...(DEFAULT_TAGS.find((t) => t.id === 'claim')?.attributes ?? []), VERIFIED]

async function open(projectDir: string, author = 'Importer'): Promise<Core> {
  const core = await createCore({ projectDir, resourcesDir: RESOURCES_DIR, author })
  cores.push(core)
  return core
}

beforeAll(async () => {
  // The source lives for the whole file (useTempDirs removes its folders after each test).
  sourceDir = await mkdtemp(join(tmpdir(), 'tessera-export-round-trip-'))
  const corpus = await createExportCorpus(sourceDir)
  corpus.core.close()
  source = await open(corpus.dir, 'Analyst')
  await source.call('tags.update', { tagId: 'claim', changes: { attributes: CLAIM_ATTRIBUTES } })
  await source.call('annotations.setAttribute', { documentId: 'doc-hama', annotationId: 'a-claim', attribute: 'verified', value: true })
}, 120_000)
afterAll(async () => {
  cores.forEach((core) => core.close())
  await rm(sourceDir, { recursive: true, force: true })
})
useWarmImportWorkers()

type Format = 'jsonl' | 'w3c' | 'brat'
type Json = Record<string, unknown>

/**
 * An export's entity list as the import leaves it: a project entity no annotation links to is not
 * created by an import (only mentioned ones are), so the second export lists only the mentioned ones.
 */
function withMentionedEntities<T extends Json>(exported: T, key: string): T {
  const listed = exported[key] as { id: string; 'tessera:id'?: string }[]
  return { ...exported, [key]: listed.filter((e) => MENTIONED.includes(e['tessera:id'] ?? e.id)) }
}
const MENTIONED = ['entity-army', 'entity-hama']

type File = { name: string; base64: string }

/** The export as the files a user would pick to import it (a brat ZIP as its unpacked folder). */
function asFiles(format: Format, content: string): File[] {
  if (format === 'jsonl') return [{ name: 'corpus.jsonl', base64: Buffer.from(content).toString('base64') }]
  if (format === 'w3c') return [{ name: 'corpus.jsonld', base64: Buffer.from(content).toString('base64') }]
  return Object.entries(unzipSync(Buffer.from(content, 'base64'))).map(([name, bytes]) => ({ name: `corpus/${name}`, base64: Buffer.from(bytes).toString('base64') }))
}

/** The export's files by name, as text (a brat ZIP unpacked). */
function entries(format: Format, content: string): Record<string, string> {
  if (format !== 'brat') return { [format]: content }
  return Object.fromEntries(Object.entries(unzipSync(Buffer.from(content, 'base64'))).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]))
}

async function exportAgainFromEmptyProject(format: Format): Promise<{ first: string; again: string; target: Core }> {
  const first = (await exportFile(source, { format })).content
  const target = await open(await tempDir())
  const report = reportInEnglish(await target.call('import.files', { files: asFiles(format, first) }))
  expect(report.failed).toEqual([])
  expect(report.warnings).toEqual([])
  expect(report.newAttributes).toEqual([{ tag: 'claim', id: 'verified', label: 'Verified', type: 'flag' }])
  // The project's name is no part of its documents: exports name the project (JSONL header, W3C collection id).
  await target.call('project.update', { name: 'Hama week: test' })
  return { first, again: (await exportFile(target, { format })).content, target }
}

describe('export → empty project → the same export', () => {
  it('the project really holds what the issue names: verified on the claim, a choice, notes, entities, an attribution', async () => {
    const document = await source.call('documents.get', { documentId: 'doc-hama' })
    const claim = document.annotations.find((a) => a.id === 'a-claim')
    expect(claim?.attributes).toEqual({ stance: 'reported', attributed_to: '=Officials', verified: true })
    expect(document.annotations.filter((a) => a.note !== '').length).toBe(2)
    expect(document.annotations.filter((a) => a.entityId !== null).length).toBe(2)
    expect(document.relations.map((r) => [r.type, r.from, r.to])).toEqual([['attributed-to', 'a-claim', 'a-officials']])
  })

  it('Tessera JSONL: the same lines, relations with their id, author and time', async () => {
    const { first, again } = await exportAgainFromEmptyProject('jsonl')
    const lines = (content: string) => content.trim().split('\n').map((line) => JSON.parse(line) as Json)
    const [header, ...documents] = lines(first)
    expect(lines(again)).toEqual([withMentionedEntities(header ?? {}, 'entities'), ...documents])
    expect(again).toContain('"verified":true')
  })

  it('W3C: the same collection, linking annotations with their id, creator and time', async () => {
    const { first, again } = await exportAgainFromEmptyProject('w3c')
    expect(JSON.parse(again)).toEqual(withMentionedEntities(JSON.parse(first) as Json, 'tessera:entities'))
    expect(again).toContain('"tessera:attribute":"verified","tessera:value":true')
  })

  it('brat: every .txt, .ann and .conf byte for byte, tessera.json the same (brat has no place for annotation ids, authors or times)', async () => {
    const { first, again } = await exportAgainFromEmptyProject('brat')
    const { 'tessera.json': firstSidecar, ...firstFiles } = entries('brat', first)
    const { 'tessera.json': againSidecar, ...againFiles } = entries('brat', again)
    expect(againFiles).toEqual(firstFiles)
    expect(Object.keys(againFiles)).toHaveLength(8)
    expect(JSON.parse(againSidecar ?? '')).toEqual(withMentionedEntities(JSON.parse(firstSidecar ?? '') as Json, 'entities'))
  })
})
