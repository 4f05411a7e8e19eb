import { afterAll, describe, expect, it, vi } from 'vitest'
import { createCore, type Core } from '../core'
import { importFiles } from '../import/pipeline'
import { StoreError } from '../store/errors'
import { openTestProject } from '../testing/entity-project'
import { useWarmImportWorkers } from '../import/worker/testing'
import { exportFile } from '../testing/export-file'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { setRelationTypes } from './relation-types'
import { HALTED, NATION, RELATION_TYPES, TEHRAN, WITHDRAWALS, relateSample } from '../testing/related-sample'
import { reportInEnglish } from '../testing/report-in-english'

/**
 * The round trip of a relation across documents: a project relates a claim in Tehran Times to one in
 * NationPress, exports JSONL or W3C, and another project imports the file and holds the relation between
 * the same spans, whatever ids the documents and spans were stored under.
 */
const tempDir = useTempDirs()
const cores: Core[] = []
afterAll(() => cores.forEach((core) => core.close()))
useWarmImportWorkers()

async function open(seedSample: boolean, withTypes = true): Promise<Core> {
  const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'importer', seedSample })
  cores.push(core)
  if (withTypes) await core.call('relationTypes.set', { relationTypes: RELATION_TYPES })
  return core
}

const FILE_NAMES = { jsonl: 'related.jsonl', w3c: 'related.jsonld' } as const

async function exported(format: 'jsonl' | 'w3c'): Promise<{ name: string; content: string; across: string }> {
  const core = await open(true, false)
  const { across } = await relateSample(core)
  return { name: FILE_NAMES[format], content: (await exportFile(core, { format })).content, across }
}

function asFile(name: string, content: string) {
  return { name, base64: Buffer.from(content).toString('base64') }
}

/** The relations across documents each stored span of `quote` takes part in: type, direction, and the other end's document and quote. */
async function relationsAt(core: Core, quote: string) {
  const listed = []
  for (const summary of await core.call('documents.list', {})) {
    const document = await core.call('documents.get', { documentId: summary.id })
    for (const annotation of document.annotations.filter((a) => a.quote === quote)) {
      const relations = await core.call('relations.ofAnnotation', { documentId: document.id, annotationId: annotation.id })
      for (const r of relations.filter((x) => x.documentId === null)) {
        listed.push({ at: document.id, id: r.id, type: r.type, direction: r.direction, other: r.other && { documentId: r.other.documentId, quote: r.other.quote } })
      }
    }
  }
  return listed
}

describe('relations across documents come back on import', () => {
  for (const format of ['jsonl', 'w3c'] as const) {
    it(`${format}: into a fresh project with the types, the relation joins the same two spans, with its id and nothing reported`, async () => {
      const file = await exported(format)
      const core = await open(false)
      const report = reportInEnglish(await core.call('import.files', { files: [asFile(file.name, file.content)] }))
      expect(report.failed).toEqual([])
      expect(report.warnings).toEqual([])
      expect(await relationsAt(core, HALTED)).toEqual([{ at: TEHRAN, id: file.across, type: 'contradicts', direction: 'outgoing', other: { documentId: NATION, quote: WITHDRAWALS } }])
      expect(await relationsAt(core, WITHDRAWALS)).toEqual([{ at: NATION, id: file.across, type: 'contradicts', direction: 'incoming', other: { documentId: TEHRAN, quote: HALTED } }])
      expect((await core.call('documents.get', { documentId: NATION })).relations.map((r) => r.type)).toEqual(['located-at'])
    })

    it(`${format}: imported again beside its first copy, the renamed documents and spans are related to each other, not to the first copy`, async () => {
      const file = await exported(format)
      const core = await open(false)
      await core.call('import.files', { files: [asFile(file.name, file.content)] })
      const again = reportInEnglish(await core.call('import.files', { files: [asFile(file.name, file.content)], options: { allowDuplicates: true } }))
      expect(again.failed).toEqual([])
      expect(again.warnings).toEqual([])
      const copies = again.imported.map((d) => d.documentId)
      expect(copies).not.toContain(TEHRAN)
      const fromCopy = (await relationsAt(core, HALTED)).filter((r) => copies.includes(r.at))
      expect(fromCopy).toEqual([{ at: expect.any(String), id: expect.not.stringMatching(file.across), type: 'contradicts', direction: 'outgoing', other: { documentId: expect.any(String), quote: WITHDRAWALS } }])
      expect(copies).toContain(fromCopy[0]?.other?.documentId)
      // The first copy keeps its own relation, untouched.
      expect((await relationsAt(core, HALTED)).filter((r) => r.at === TEHRAN)).toEqual([expect.objectContaining({ id: file.across, other: { documentId: NATION, quote: WITHDRAWALS } })])
    })
  }

  it('jsonl: a target document the project already holds (its line skipped as a duplicate) is related to; one found nowhere is reported', async () => {
    const file = await exported('jsonl')
    const lines = file.content.trim().split('\n')
    const withoutTehran = lines.filter((line) => !line.includes(`"id":"${TEHRAN}"`)).join('\n')
    const withoutNation = lines.filter((line) => !line.includes(`"id":"${NATION}"`)).join('\n')

    const tehranLine = withoutNation.split('\n').findIndex((line) => line.includes(`"id":"${TEHRAN}"`)) + 1
    const nowhere = await open(false)
    const report = reportInEnglish(await nowhere.call('import.files', { files: [asFile('tehran-only.jsonl', withoutNation)] }))
    expect(report.failed).toEqual([])
    expect(report.warnings).toEqual([
      `tehran-only.jsonl:${tehranLine}: left out a contradicts relation to a span of the document ${NATION}: its target’s document ${NATION} is neither imported from this file nor in the project.`
    ])
    expect(await relationsAt(nowhere, HALTED)).toEqual([])

    const core = await open(false)
    await core.call('import.files', { files: [asFile('nation-only.jsonl', withoutTehran)] })
    const whole = reportInEnglish(await core.call('import.files', { files: [asFile(file.name, file.content)] }))
    expect(whole.imported.map((d) => d.documentId)).toEqual([TEHRAN])
    expect(whole.skippedDuplicates.map((d) => d.duplicateOf.documentId)).toContain(NATION)
    expect(whole.warnings).toEqual([])
    expect(await relationsAt(core, HALTED)).toEqual([expect.objectContaining({ at: TEHRAN, id: file.across, other: { documentId: NATION, quote: WITHDRAWALS } })])
  })

  it('without the types, both relations are left out and reported by type; the documents are imported', async () => {
    const file = await exported('w3c')
    const core = await open(false, false)
    const report = reportInEnglish(await core.call('import.files', { files: [asFile(file.name, file.content)] }))
    expect(report.failed).toEqual([])
    expect(report.imported.length).toBeGreaterThan(1)
    expect(report.warnings.join('\n')).toMatch(/left out a located-at relation: this project defines no such relation type/)
    expect(report.warnings.join('\n')).toMatch(/left out a contradicts relation to a span of the document nationpress-2024-12-01: this project defines no such relation type/)
    expect(await relationsAt(core, HALTED)).toEqual([])
  })

  it('a failed write of relations.json is reported naming the file; the documents stay imported, no relation half-written', async () => {
    const file = await exported('jsonl')
    const project = await openTestProject(await tempDir(), [])
    try {
      await setRelationTypes(project.context, RELATION_TYPES)
      const full = new StoreError('disk-full', 'The disk is full: could not save the project. Free some space, then try again.')
      vi.spyOn(project.store.crossRelations, 'update').mockRejectedValueOnce(full)
      const report = reportInEnglish(await importFiles(project.context, [{ name: file.name, bytes: Buffer.from(file.content) }], { allowDuplicates: false, skipInvalid: false, addNewTags: true }))
      expect(report.failed).toEqual([])
      expect(report.imported.map((d) => d.documentId)).toContain(TEHRAN)
      expect(report.warnings).toEqual([
        'related.jsonl: its documents were imported, but not its 1 relation across documents: The disk is full: could not save the project. Free some space, then try again. None of them was written: the documents are stored without them.'
      ])
      expect((await project.store.crossRelations.read()).relations).toEqual([])
      expect((await project.store.getDocument(NATION)).relations.map((r) => r.type)).toEqual(['located-at'])
    } finally {
      project.close()
    }
  })
})
