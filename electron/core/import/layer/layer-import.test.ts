import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../core'
import { useTempDirs } from '../../testing/helpers'
import { createTranslator } from '../../shared/i18n/translator'
import { formatReport } from '../../shared/import/report'
import { reportInEnglish } from '../../testing/report-in-english'
import { useWarmImportWorkers } from '../worker/testing'
import { layerFile, openAgreementCore, othersOf } from './layer-test-support'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))
useWarmImportWorkers()

async function agreementCore(author = 'tester'): Promise<Core> {
  const core = await openAgreementCore(await tempDir(), author)
  cores.push(core)
  return core
}

const D1 = 'Army forces shelled Hama on Tuesday.'
const D2 = 'قال الجيش إنه دخل حماة.'
const TIME = '2025-03-01T08:00:00.000Z'
const LATER = '2025-03-02T09:30:00.000Z'
const asLayer = { allowDuplicates: false, skipInvalid: false, addNewTags: false, asLayer: true }

describe('import.files as a layer', () => {
  it("adds a colleague's annotations to the document with the file's id, keeping author and times, nothing else changing", async () => {
    const core = await agreementCore()
    const before = await othersOf(core, 'd1', 'cat')
    const file = layerFile('cat.jsonl', [{ id: 'd1', text: D1, annotations: [{ id: 'cat-1', tag: 'place', start: 20, end: 24, author: 'cat', created_at: TIME, updated_at: LATER }] }])
    const report = reportInEnglish(await core.call('import.files', { files: [file], options: asLayer }))
    expect(report.failed).toEqual([])
    expect(report.imported).toEqual([])
    expect(report.layers).toEqual([{ file: 'cat.jsonl:2', documentId: 'd1', title: D1, matchedBy: 'id', similarity: 1, authors: ['cat'], added: 1, replaced: 0, unchanged: false }])
    const d1 = await core.call('documents.get', { documentId: 'd1' })
    expect(d1.annotations.filter((a) => a.author === 'cat')).toEqual([expect.objectContaining({ id: 'cat-1', tag: 'place', start: 20, end: 24, quote: 'Hama', createdAt: TIME, updatedAt: LATER })])
    expect(await othersOf(core, 'd1', 'cat')).toEqual(before)
    expect((await core.call('documents.list', {})).length).toBe(4)
  })

  it('is one undo step for the whole file: Undo takes the layer out of every document, Redo puts it back', async () => {
    const core = await agreementCore()
    const before = [await othersOf(core, 'd1'), await othersOf(core, 'd2')]
    const file = layerFile('cat.jsonl', [
      { id: 'd1', text: D1, annotations: [{ id: 'c1', tag: 'place', start: 20, end: 24, author: 'cat' }] },
      { id: 'd2', text: D2, annotations: [{ id: 'c2', tag: 'place', start: 18, end: 22, author: 'cat' }] }
    ])
    await core.call('import.files', { files: [file], options: asLayer })
    const undone = await core.call('history.undo', {})
    expect(undone.done).toBe('Undone: import cat.jsonl as a layer')
    expect([await othersOf(core, 'd1'), await othersOf(core, 'd2')]).toEqual(before)
    await core.call('history.redo', {})
    expect((await othersOf(core, 'd1', 'ann', 'bob')).map((a) => a.id)).toEqual(['c1'])
    expect((await othersOf(core, 'd2', 'ann', 'bob')).map((a) => a.id)).toEqual(['c2'])
  })

  it('finds a document by its exact text when the id is another project\'s, and reports documents it cannot find without adding them', async () => {
    const core = await agreementCore()
    const file = layerFile('cat.jsonl', [
      { id: 'elsewhere-7', text: D1, annotations: [{ tag: 'actor', start: 0, end: 4, author: 'cat' }] },
      { id: 'd3', title: 'Not ours', text: 'A text this project has never seen, under an id it has.', annotations: [{ tag: 'claim', start: 0, end: 6, author: 'cat' }] }
    ])
    const report = reportInEnglish(await core.call('import.files', { files: [file], options: asLayer }))
    expect(report.layers.map((l) => [l.documentId, l.matchedBy])).toEqual([['d1', 'text']])
    expect(report.layerDocumentsNotFound).toEqual([{ file: 'cat.jsonl:3', title: 'Not ours' }])
    expect((await core.call('documents.list', {})).length).toBe(4)
    expect((await core.call('documents.get', { documentId: 'd3' })).annotations.map((a) => a.author)).toEqual(['ann'])
  })

  it('gives an annotation whose id another annotation holds a new id and says so', async () => {
    const core = await agreementCore()
    const annsActor = (await core.call('documents.get', { documentId: 'd1' })).annotations.find((a) => a.id === 'd1-0')
    const file = layerFile('cat.jsonl', [{ id: 'd1', text: D1, annotations: [{ id: 'd1-0', tag: 'place', start: 20, end: 24, author: 'cat' }] }])
    const report = reportInEnglish(await core.call('import.files', { files: [file], options: asLayer }))
    const d1 = await core.call('documents.get', { documentId: 'd1' })
    const cats = d1.annotations.filter((a) => a.author === 'cat')
    expect(cats).toHaveLength(1)
    expect(cats[0]?.id).not.toBe('d1-0')
    expect(d1.annotations.find((a) => a.id === 'd1-0')).toEqual(annsActor)
    expect(report.warnings.join('\n')).toContain(`the id d1-0 of the place span 20–24 is already used in "${D1}"; the annotation was given the new id ${cats[0]?.id}`)
  })

  it('imports the same file twice without doubling the layer, and an updated file replaces that annotator\'s layer only', async () => {
    const core = await agreementCore()
    const spans = [
      { id: 'c1', tag: 'actor', start: 0, end: 4, author: 'cat', created_at: TIME },
      { id: 'c2', tag: 'place', start: 20, end: 24, author: 'cat', created_at: TIME }
    ]
    const first = layerFile('cat.jsonl', [{ id: 'd1', text: D1, annotations: spans }])
    await core.call('import.files', { files: [first], options: asLayer })
    const againReport = await core.call('import.files', { files: [first], options: asLayer })
    expect(againReport.layers[0]).toMatchObject({ unchanged: true, added: 0, replaced: 0 })
    expect(formatReport(againReport, createTranslator('en')).join('\n')).toContain('already holds this layer by cat; nothing changed')
    const updated = layerFile('cat.jsonl', [{ id: 'd1', text: D1, annotations: [{ ...spans[1], tag: 'actor', start: 12, end: 19 } as (typeof spans)[number]] }])
    const report = reportInEnglish(await core.call('import.files', { files: [updated], options: asLayer }))
    expect(report.layers[0]).toMatchObject({ added: 1, replaced: 2 })
    const d1 = await core.call('documents.get', { documentId: 'd1' })
    expect(d1.annotations.filter((a) => a.author === 'cat').map((a) => [a.id, a.tag, a.quote])).toEqual([['c2', 'actor', 'shelled']])
    expect(d1.annotations.filter((a) => a.author !== 'cat')).toHaveLength(7)
  })

  it('carries code-point offsets into Arabic text exactly', async () => {
    const core = await agreementCore()
    const file = layerFile('cat.jsonl', [{ id: 'd2', text: D2, annotations: [{ tag: 'place', start: 18, end: 22, author: 'كاتب' }, { tag: 'actor', start: 4, end: 9, author: 'كاتب' }] }], 'codepoint')
    const report = reportInEnglish(await core.call('import.files', { files: [file], options: asLayer }))
    expect(report.failed).toEqual([])
    const d2 = await core.call('documents.get', { documentId: 'd2' })
    expect(d2.annotations.filter((a) => a.author === 'كاتب').map((a) => a.quote)).toEqual(['حماة', 'الجيش'])
  })

  it('refuses a file whose annotations name no author unless the annotator is given, then gives them that name', async () => {
    const core = await agreementCore()
    const file = layerFile('colleague.jsonl', [{ id: 'd1', text: D1, annotations: [{ tag: 'place', start: 20, end: 24 }, { tag: 'actor', start: 0, end: 4, author: 'cat' }] }])
    const refused = reportInEnglish(await core.call('import.files', { files: [file], options: asLayer }))
    expect(refused.failed.map((f) => f.reason)).toEqual(["has 1 annotation that names no author: say whose layer it is (`--annotator NAME`, or the import dialog's annotator field)."])
    expect(await othersOf(core, 'd1')).toHaveLength(7)
    const named = reportInEnglish(await core.call('import.files', { files: [file], options: { ...asLayer, annotator: 'dan' } }))
    expect(named.failed).toEqual([])
    expect(named.warnings).toContain('colleague.jsonl: 1 annotation names no author; given to dan.')
    const authors = (await core.call('documents.get', { documentId: 'd1' })).annotations.map((a) => a.author)
    expect(authors.filter((a) => a === 'dan' || a === 'cat')).toEqual(['dan', 'cat'])
  })

  it("never replaces the importing user's own annotations: those of the file under their name are left out and reported", async () => {
    const core = await agreementCore('ann')
    const before = await othersOf(core, 'd1')
    const file = layerFile('mine.jsonl', [{ id: 'd1', text: D1, annotations: [{ tag: 'place', start: 20, end: 24, author: 'ann' }] }])
    const report = reportInEnglish(await core.call('import.files', { files: [file], options: asLayer }))
    expect(report.warnings).toContain('mine.jsonl:2: left out 1 annotation by ann, the name you annotate under: a layer import never changes your own annotations.')
    expect(await othersOf(core, 'd1')).toEqual(before)
  })

  it('names the file and the problem when it is not a layer file it can read', async () => {
    const core = await agreementCore()
    const bad = { name: 'broken.jsonl', base64: Buffer.from('{"type":"header","format":"tessera-jsonl","format_version":2,"offset_unit":"utf16"}\n{"id":"d1","text":\n').toString('base64') }
    const report = reportInEnglish(await core.call('import.files', { files: [bad], options: asLayer }))
    expect(report.failed).toHaveLength(1)
    expect(report.failed[0]?.file).toBe('broken.jsonl')
    expect(report.failed[0]?.reason).toMatch(/broken\.jsonl:2/)
  })
})
