import { afterAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { documentFromText } from '../documents/from-text'
import type { AttributeDefinition } from '../shared/model/attributes'
import { DEFAULT_TAGS, MAX_ATTRIBUTES_PER_TAG, type TagDefinition } from '../shared/model/project'
import { ProjectStore } from '../store/project-store'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { quoteWithContext } from '../shared/text/spans'
import { useWarmImportWorkers } from '../import/worker/testing'
import { formatReport } from '../shared/import/report'
import { createTranslator } from '../shared/i18n/translator'
import { exportFile } from '../testing/export-file'
import { reportInEnglish } from '../testing/report-in-english'

/**
 * Issue 18, item 6: a project whose Claim tag has a yes/no attribute `verified` exported to Tessera JSONL
 * or W3C and imported into an empty project (whose Claim tag has no `verified`) keeps every value: the
 * import adds the attribute (and says so) unless new tags and attributes were not to be added; a
 * definition that conflicts with the project's is reported and never merged.
 */
const tempDir = useTempDirs()
const cores: Core[] = []
afterAll(() => cores.forEach((core) => core.close()))
useWarmImportWorkers()

const VERIFIED: AttributeDefinition = { id: 'verified', label: 'Verified', type: 'flag' }
const CLAIM = DEFAULT_TAGS.find((t) => t.id === 'claim') as TagDefinition
const TEXT = 'Officials said the city was taken.\n\nRebels denied it 🙂 at once.'

async function core(dir: string): Promise<Core> {
  const opened = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'Importer' })
  cores.push(opened)
  return opened
}

/** A project whose Claim tag has `verified`, two claims (yes and no) and one without a value. */
async function sourceProject(): Promise<Core> {
  const dir = await tempDir()
  const store = await ProjectStore.open(dir, { nameForNew: 'Verified claims' })
  await store.updateProjectFile({ tags: DEFAULT_TAGS.map((t) => (t.id === 'claim' ? { ...t, attributes: [...t.attributes, VERIFIED] } : t)) })
  const record = documentFromText('a.txt', TEXT, { title: 'Hama', source: 'SANA', date: '2024-12-05' }, 'doc-a')
  const span = (id: string, quote: string, attributes: Record<string, string | boolean>) => {
    const start = record.text.indexOf(quote)
    const time = '2024-12-05T10:00:00.000Z'
    return { id, tag: 'claim', start, end: start + quote.length, ...quoteWithContext(record.text, start, start + quote.length), attributes, note: '', author: 'A', createdAt: time, updatedAt: time, entityId: null }
  }
  record.annotations = [
    span('c-1', 'the city was taken', { verified: true, stance: 'reported' }),
    span('c-2', 'denied it 🙂', { verified: false }),
    span('c-3', 'at once', { stance: 'asserted' })
  ]
  await store.addDocuments([record])
  store.close()
  return core(dir)
}

async function exportForImport(from: Core, format: 'jsonl' | 'w3c'): Promise<{ name: string; base64: string }> {
  const file = await exportFile(from, { format })
  return { name: format === 'w3c' ? 'claims.jsonld' : 'claims.jsonl', base64: Buffer.from(file.content).toString('base64') }
}

async function claimValues(project: Core): Promise<Record<string, unknown>> {
  const document = await project.call('documents.get', { documentId: 'doc-a' })
  return Object.fromEntries(document.annotations.map((a) => [a.id, a.attributes]))
}

describe('attributes a file declares, imported into a project that lacks them', () => {
  for (const format of ['jsonl', 'w3c'] as const) {
    it(`${format}: the Claim tag gains "verified", every value comes back, and the export is the same again`, async () => {
      const source = await sourceProject()
      const file = await exportForImport(source, format)
      const target = await core(await tempDir())
      const imported = await target.call('import.files', { files: [file] })
      const report = reportInEnglish(imported)
      expect(report.failed).toEqual([])
      expect(report.warnings).toEqual([])
      expect(report.newTags).toEqual([])
      expect(report.newAttributes).toEqual([{ tag: 'claim', id: 'verified', label: 'Verified', type: 'flag' }])
      expect(formatReport(imported, createTranslator('en'))).toContain('New attribute verified of the tag claim: Verified (flag)')
      expect((await target.call('project.get', {})).tags.find((t) => t.id === 'claim')?.attributes).toEqual([...CLAIM.attributes, VERIFIED])
      expect(await claimValues(target)).toEqual(await claimValues(source))
      await target.call('project.update', { name: 'Verified claims' })
      const again = await exportFile(target, { format })
      const first = await exportFile(source, { format })
      expect(again.content).toBe(first.content)
    })
  }

  it('--no-new-tags: nothing is added to the tag; the values are left out and reported', async () => {
    const file = await exportForImport(await sourceProject(), 'jsonl')
    const target = await core(await tempDir())
    const report = reportInEnglish(await target.call('import.files', { files: [file], options: { addNewTags: false } }))
    expect(report.newAttributes).toEqual([])
    expect(report.warnings.join('\n')).toMatch(/declares the Claim attribute verified, which the project lacks; not added/)
    expect(report.warnings.filter((w) => /has no attribute verified/.test(w))).toHaveLength(2)
    expect((await target.call('project.get', {})).tags.find((t) => t.id === 'claim')?.attributes).toEqual(CLAIM.attributes)
    expect(await claimValues(target)).toEqual({ 'c-1': { stance: 'reported' }, 'c-2': {}, 'c-3': { stance: 'asserted' } })
  })

  it('a conflicting definition (same id, another type) keeps the project\'s: reported, values that do not fit left out', async () => {
    const file = await exportForImport(await sourceProject(), 'jsonl')
    const target = await core(await tempDir())
    await target.call('tags.update', { tagId: 'claim', changes: { attributes: [...CLAIM.attributes, { id: 'verified', label: 'Checked by', type: 'text' }] } })
    const report = reportInEnglish(await target.call('import.files', { files: [file] }))
    expect(report.newAttributes).toEqual([])
    expect(report.warnings.join('\n')).toMatch(/defines the Claim attribute verified as yes or no, the project as text: the project's definition is kept/)
    expect(report.warnings.filter((w) => /left out an attribute .*Checked by is text/.test(w))).toHaveLength(2)
    expect((await target.call('project.get', {})).tags.find((t) => t.id === 'claim')?.attributes.at(-1)).toEqual({ id: 'verified', label: 'Checked by', type: 'text' })
  })

  it('a choice with values the project lacks is a conflict; one whose values the project has is not', async () => {
    const source = await sourceProject()
    const file = await exportForImport(source, 'jsonl')
    const target = await core(await tempDir())
    const narrower = CLAIM.attributes.map((a) => (a.id === 'stance' ? { ...a, values: ['asserted'] } : a))
    await target.call('tags.update', { tagId: 'claim', changes: { attributes: narrower } })
    const report = reportInEnglish(await target.call('import.files', { files: [file] }))
    expect(report.warnings.join('\n')).toMatch(/the project has no choice "reported", "denied", "disputed"/)
    expect((await claimValues(target))['c-1']).toEqual({ verified: true })
    expect((await claimValues(target))['c-3']).toEqual({ stance: 'asserted' })

    const wider = await core(await tempDir())
    await wider.call('tags.update', { tagId: 'claim', changes: { attributes: CLAIM.attributes.map((a) => (a.type === 'choice' ? { ...a, values: [...a.values, 'rumoured'] } : a)) } })
    const quiet = reportInEnglish(await wider.call('import.files', { files: [file] }))
    expect(quiet.warnings).toEqual([])
    expect(await claimValues(wider)).toEqual(await claimValues(source))
  })

  it('a tag already at the limit of attributes is not extended past it: reported, and project.json stays valid', async () => {
    const file = await exportForImport(await sourceProject(), 'jsonl')
    const target = await core(await tempDir())
    const full: AttributeDefinition[] = Array.from({ length: MAX_ATTRIBUTES_PER_TAG }, (_, i) => ({ id: i < 2 ? (CLAIM.attributes[i]?.id ?? `a${i}`) : `extra_${i}`, label: `A${i}`, type: 'text' }))
    full[0] = CLAIM.attributes[0] as AttributeDefinition
    await target.call('tags.update', { tagId: 'claim', changes: { attributes: full } })
    const report = reportInEnglish(await target.call('import.files', { files: [file] }))
    expect(report.failed).toEqual([])
    expect(report.imported).toHaveLength(1)
    expect(report.newAttributes).toEqual([])
    expect(report.warnings.join('\n')).toMatch(new RegExp(`Claim attribute verified was not added: the tag already has ${MAX_ATTRIBUTES_PER_TAG} attributes`))
    expect((await target.call('project.get', {})).tags.find((t) => t.id === 'claim')?.attributes).toHaveLength(MAX_ATTRIBUTES_PER_TAG)
  })
})
