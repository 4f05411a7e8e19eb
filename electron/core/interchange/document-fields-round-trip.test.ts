import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { useWarmImportWorkers } from '../import/worker/testing'
import { exportFile } from '../testing/export-file'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import type { DocumentFieldDefinition } from '../shared/model/document-fields'
import { reportInEnglish } from '../testing/report-in-english'

const V2_PROJECT = fileURLToPath(new URL('../store/fixtures/v2-project', import.meta.url))
const FIELDS: DocumentFieldDefinition[] = [
  { id: 'stance', label: 'Stance toward the offensive', type: 'choice', values: ['supportive', 'critical', 'neutral'], description: 'The article *as a whole*.' },
  { id: 'framing', label: 'Framing', type: 'multi-choice', values: ['liberation', 'terrorism, "war"', 'إنساني'] },
  { id: 'notes', label: 'Notes', type: 'text' },
  { id: 'sources', label: 'Sources cited', type: 'number' }
]
const VALUES = { stance: 'neutral', framing: ['terrorism, "war"', 'إنساني'], notes: 'قال، "المصدر"\nline two', sources: 2.5 }

describe('whole-article labels: Tessera JSONL and W3C → import into an empty project → the same labels', () => {
  const tempDir = useTempDirs()
  const cores: Core[] = []
  let source: Core
  useWarmImportWorkers()

  async function open(dir: string): Promise<Core> {
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    return core
  }

  beforeEach(async () => {
    const dir = join(await tempDir(), 'project')
    await cp(V2_PROJECT, dir, { recursive: true })
    source = await open(dir)
    const documentId = (await source.call('documents.list', {}))[0]?.id ?? ''
    await source.call('project.setDocumentFields', { fields: FIELDS })
    for (const [fieldId, value] of Object.entries(VALUES)) await source.call('documents.setField', { documentId, fieldId, value })
  })
  afterEach(() => cores.splice(0).forEach((core) => core.close()))

  for (const [format, name] of [
    ['jsonl', 'corpus.jsonl'],
    ['w3c', 'corpus.jsonld']
  ] as const) {
    it(`${format}: definitions added to the project, values restored on the document`, async () => {
      const content = (await exportFile(source, { format })).content
      const target = await open(await tempDir())
      const report = reportInEnglish(await target.call('import.files', { files: [{ name, base64: Buffer.from(content).toString('base64') }] }))
      expect(report.failed).toEqual([])
      expect(report.warnings).toContain(`${name}: added the document fields Stance toward the offensive, Framing, Notes, Sources cited.`)
      expect((await target.call('project.get', {})).documentFields).toEqual(FIELDS)
      const [imported] = await target.call('documents.list', {})
      expect(imported?.fields).toEqual(VALUES)
    })
  }

  it('a value the project defines otherwise is left out and reported; the project keeps its definition', async () => {
    const content = (await exportFile(source, { format: 'jsonl' })).content
    const target = await open(await tempDir())
    const narrower: DocumentFieldDefinition = { id: 'stance', label: 'Stance', type: 'choice', values: ['supportive', 'critical'] }
    await target.call('project.setDocumentFields', { fields: [narrower] })
    const report = reportInEnglish(await target.call('import.files', { files: [{ name: 'corpus.jsonl', base64: Buffer.from(content).toString('base64') }] }))
    expect(report.warnings.some((w) => w.includes('left out the label "stance": Stance is one of supportive, critical'))).toBe(true)
    const fields = (await target.call('project.get', {})).documentFields
    expect(fields[0]).toEqual(narrower)
    const [imported] = await target.call('documents.list', {})
    expect(imported?.fields).toEqual({ framing: VALUES.framing, notes: VALUES.notes, sources: VALUES.sources })
  })
})
