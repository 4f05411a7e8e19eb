import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { groupCompanions } from '../shared/import/batches'
import { emptyReport, mergeReports, type ImportReport } from '../shared/import/report'
import type { DocumentRecord } from '../shared/model/document'
import type { Entity } from '../shared/model/entity'
import { CORPUS_ENTITIES, QUOTE_TAG, createExportCorpus, type ExportCorpus } from '../testing/export-corpus'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { useWarmImportWorkers } from '../import/worker/testing'
import { exportFile } from '../testing/export-file'
import { reportInEnglish } from '../testing/report-in-english'

/**
 * The round trip the issue asks for, through the real import pipeline (`import.files`): export the
 * corpus (emoji, a flag, a decomposed accent and CRLF in the source, Arabic, overlapping spans and a
 * quotation across a paragraph break, typed attributes, notes with line breaks, entities, a relation),
 * import the export into an empty project, and compare what the project then holds with the original.
 */
const tempDir = useTempDirs()
let corpus: ExportCorpus
let corpusDir = ''
const cores: Core[] = []
// The corpus lives for the whole file (useTempDirs removes its folders after each test).
beforeAll(async () => {
  corpusDir = await mkdtemp(join(tmpdir(), 'tessera-round-trip-'))
  corpus = await createExportCorpus(corpusDir)
})
afterAll(async () => {
  corpus.core.close()
  for (const core of cores) core.close()
  await rm(corpusDir, { recursive: true, force: true })
})

async function emptyProject(): Promise<Core> {
  const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'Importer' })
  cores.push(core)
  return core
}

type File = { name: string; base64: string }

async function exportedFiles(format: 'jsonl' | 'w3c' | 'brat'): Promise<File[]> {
  const file = await exportFile(corpus.core, { format })
  if (file.encoding === 'utf8') return [{ name: format === 'w3c' ? 'corpus.jsonld' : 'corpus.jsonl', base64: Buffer.from(file.content).toString('base64') }]
  const entries = unzipSync(Buffer.from(file.content, 'base64'))
  // As a folder the user chose: every path under the folder's name.
  return Object.entries(entries).map(([name, bytes]) => ({ name: `hama-week-brat/${name}`, base64: Buffer.from(bytes).toString('base64') }))
}

/** What a round trip keeps of a document, with entities by name (ids may differ) and relations by their ends' offsets. */
function essentials(document: DocumentRecord, entities: readonly Entity[], { withAuthorsAndTimes = true } = {}) {
  const nameOf = (id: string | null) => (id ? (entities.find((e) => e.id === id)?.name ?? `missing ${id}`) : null)
  const at = (id: string) => {
    const a = document.annotations.find((x) => x.id === id)
    return a ? [a.tag, a.start, a.end] : null
  }
  return {
    id: document.id,
    text: document.text,
    metadata: { title: document.title, source: document.source, author: document.author, date: document.date, url: document.url, language: document.language },
    status: document.status,
    annotations: document.annotations
      .map((a) => ({
        tag: a.tag,
        start: a.start,
        end: a.end,
        quote: document.text.slice(a.start, a.end),
        attributes: a.attributes,
        note: a.note,
        entity: nameOf(a.entityId),
        ...(withAuthorsAndTimes ? { author: a.author, createdAt: a.createdAt, updatedAt: a.updatedAt } : {})
      }))
      .sort((x, y) => x.start - y.start || x.end - y.end || x.tag.localeCompare(y.tag)),
    relations: document.relations.map((r) => ({ type: r.type, from: at(r.from), to: at(r.to) }))
  }
}

async function projectContents(core: Core, { withAuthorsAndTimes = true } = {}) {
  const entities = await core.call('entities.list', { limit: 1000 })
  const list = await core.call('documents.list', {})
  const documents = await Promise.all(list.map((d) => core.call('documents.get', { documentId: d.id })))
  return documents.map((d) => essentials(d, entities, { withAuthorsAndTimes }))
}

async function expectSameProject(imported: Core, { withAuthorsAndTimes = true } = {}): Promise<void> {
  const original = await projectContents(corpus.core, { withAuthorsAndTimes })
  expect(await projectContents(imported, { withAuthorsAndTimes })).toEqual(original)
  // The tag the export declared comes back with its typed attributes, not as a bare label.
  const project = await imported.call('project.get', {})
  expect(project.tags.find((t) => t.id === 'quote')?.attributes).toEqual(QUOTE_TAG.attributes)
  // Linked entities come back whole (name, type, aliases, note, coordinates); one nobody mentions is not created.
  const entities = await imported.call('entities.list', { limit: 1000 })
  const shape = (e: Entity) => ({ name: e.name, type: e.type, aliases: e.aliases, note: e.note, coordinates: e.coordinates })
  expect(entities.map(shape).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
    CORPUS_ENTITIES.filter((e) => e.id !== 'entity-hts').map(shape).sort((a, b) => a.name.localeCompare(b.name))
  )
}

useWarmImportWorkers()

describe('export, then import into an empty project through import.files', () => {
  it('the corpus itself is the nasty one: astral characters, Arabic, overlaps, a span across paragraphs, linked entities', () => {
    const hama = corpus.documents[0]
    expect(hama?.text).toMatch(/🙂 🇸🇾 Résidence/)
    expect(hama?.text.normalize('NFD')).not.toBe(hama?.text)
    const quote = hama?.annotations.find((a) => a.id === 'a-quote')
    expect(hama?.text.slice(quote?.start, quote?.end)).toContain('\n\n')
    expect(hama?.annotations.filter((a) => a.entityId).length).toBeGreaterThan(0)
  })

  for (const format of ['jsonl', 'w3c'] as const) {
    it(`${format}: the same documents, texts, metadata, spans, attributes, notes, authors, times, entities and relations`, async () => {
      const core = await emptyProject()
      const report = reportInEnglish(await core.call('import.files', { files: await exportedFiles(format) }))
      expect(report.failed).toEqual([])
      expect(report.warnings).toEqual([])
      expect(report.imported).toHaveLength(3)
      await expectSameProject(core)
    })
  }

  it('brat ZIP contents in one call: the same, except authors and times, which brat has no place for; sidecars are not documents', async () => {
    const core = await emptyProject()
    const report = reportInEnglish(await core.call('import.files', { files: await exportedFiles('brat') }))
    expect(report.failed).toEqual([])
    expect(report.warnings).toEqual([])
    expect(report.imported.map((d) => d.title).sort()).toEqual(['CON', 'Hama: army says "largest" convoy 🙂', 'Hama: army says "largest" convoy 🙂'])
    expect(report.skipped.map((s) => s.file).sort()).toEqual(['hama-week-brat/annotation.conf', 'hama-week-brat/tessera.json', 'hama-week-brat/tools.conf'])
    await expectSameProject(core, { withAuthorsAndTimes: false })
  })

  it('brat folder as the app and CLI send it (companions grouped, one call per document): no sidecar becomes a document', async () => {
    const core = await emptyProject()
    const files = await exportedFiles('brat')
    let report: ImportReport = emptyReport()
    const groups = groupCompanions(files)
    expect(groups.length).toBe(3)
    for (const group of groups) report = mergeReports(report, await core.call('import.files', { files: group }))
    expect(report.failed).toEqual([])
    expect(report.imported).toHaveLength(3)
    expect(report.skipped.map((s) => s.file).sort()).toEqual(['hama-week-brat/annotation.conf', 'hama-week-brat/tessera.json', 'hama-week-brat/tools.conf'])
    expect((await core.call('documents.list', {})).map((d) => d.title)).not.toContain('annotation')
    await expectSameProject(core, { withAuthorsAndTimes: false })
  })

  it('a sidecar chosen alone, or a *.meta.json, is skipped with its reason, never stored as a document', async () => {
    const core = await emptyProject()
    const encode = (text: string) => Buffer.from(text).toString('base64')
    const report = reportInEnglish(await core.call('import.files', {
      files: [
        { name: 'annotation.conf', base64: encode('[entities]\nPerson\n') },
        { name: 'old/tessera.json', base64: encode('{"format":"tessera-brat"}') },
        { name: 'article.meta.json', base64: encode('{"title":"x"}') }
      ]
    }))
    expect(report.imported).toEqual([])
    expect(report.failed).toEqual([])
    expect(report.skipped).toEqual([
      { file: 'annotation.conf', reason: expect.stringMatching(/brat's tag set .*not a document/) },
      { file: 'old/tessera.json', reason: expect.stringMatching(/Tessera brat export .*not a document/) },
      { file: 'article.meta.json', reason: expect.stringMatching(/metadata sidecar .*not a document/) }
    ])
    expect(await core.call('documents.list', {})).toEqual([])
  })

  it("a foreign brat folder: annotation.conf declares the tags and attributes its spans and A lines use", async () => {
    const core = await emptyProject()
    const encode = (text: string) => Buffer.from(text).toString('base64')
    // CRLF and a decomposed accent in the source text; offsets in code points of the file as written.
    const text = 'Cafe\u0301 🇸🇾 owner\r\n\r\nJohn Smith met the Red Cross.'
    const person = Array.from(text).indexOf('J')
    const org = Array.from(text).indexOf('R')
    const ann = `T1\tPerson ${person} ${person + 10}\tJohn Smith\nT2\tOrganization ${org} ${org + 9}\tRed Cross\nA1\tNegated T1\nA2\tConfidence T2 High\n`
    const conf = '[entities]\nPerson\n!Group\n\tOrganization\n[relations]\n[events]\n[attributes]\nNegated\tArg:<ENTITY>\nConfidence\tArg:Organization, Value:Low|High\n'
    const report = reportInEnglish(await core.call('import.files', {
      files: [
        { name: 'news/a.ann', base64: encode(ann) },
        { name: 'news/a.txt', base64: encode(text) },
        { name: 'news/annotation.conf', base64: encode(conf) }
      ]
    }))
    expect(report.failed).toEqual([])
    expect(report.warnings).toEqual(['news/a.ann: made 2 Windows line endings (CRLF) LF; every offset was moved with the text, the text is otherwise kept as given.'])
    const [summary] = await core.call('documents.list', {})
    const document = await core.call('documents.get', { documentId: summary?.id ?? '' })
    expect(document.text).toBe(text.replace(/\r\n/g, '\n'))
    expect(document.text.normalize('NFC')).not.toBe(document.text)
    expect(document.annotations.map((a) => [a.tag, document.text.slice(a.start, a.end), a.attributes])).toEqual([
      ['person', 'John Smith', { negated: true }],
      ['organization', 'Red Cross', { confidence: 'High' }]
    ])
    const tags = (await core.call('project.get', {})).tags
    expect(tags.find((t) => t.id === 'organization')?.attributes).toEqual([
      { id: 'negated', label: 'Negated', type: 'flag' },
      { id: 'confidence', label: 'Confidence', type: 'choice', values: ['Low', 'High'] }
    ])
  })
})
