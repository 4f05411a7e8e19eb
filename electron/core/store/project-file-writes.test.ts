import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../core'
import { inEnglish } from '../shared/i18n/said'
import { documentFromText } from '../documents/from-text'
import { MAX_ATTRIBUTES_PER_TAG, type TagDefinition } from '../shared/model/project'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { ProjectStore } from './project-store'

/**
 * Issue 17 item 1: nothing that becomes part of project.json is written unless project.json's own
 * schema (the one it is read with) accepts it, so no write can make a project impossible to open.
 */
const tempDir = useTempDirs()
const encode = (text: string): string => Buffer.from(text).toString('base64')

function tagWithAttributes(count: number): TagDefinition {
  const attributes = Array.from({ length: count }, (_, i) => ({ id: `flag_${i}`, label: `Flag ${i}`, type: 'flag' as const }))
  return { id: 'person', label: 'Person', color: '#2563eb', key: null, attributes }
}

describe('project.json is checked against its schema before every write', () => {
  it('a brat annotation.conf declaring 40 attributes for <ENTITY> is refused, naming the file and the limit; the project opens as before', async () => {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'Importer' })
    const before = await readFile(join(dir, 'project.json'), 'utf8')
    const attributes = Array.from({ length: 40 }, (_, i) => `Attr${i}\tArg:<ENTITY>`).join('\n')
    const report = await core.call('import.files', {
      files: [
        { name: 'news/a.ann', base64: encode('T1\tPerson 0 4\tJohn\n') },
        { name: 'news/a.txt', base64: encode('John met the press.') },
        { name: 'news/annotation.conf', base64: encode(`[entities]\nPerson\n[attributes]\n${attributes}\n`) }
      ]
    })
    core.close()
    expect(report.imported).toEqual([])
    expect(report.failed.map(({ file, reason }) => ({ file, reason: inEnglish(reason) }))).toEqual([
      { file: 'news/a.ann', reason: expect.stringMatching(/news\/annotation\.conf declares 40 attributes for Person, over the limit of 30/) }
    ])
    expect(await readFile(join(dir, 'project.json'), 'utf8')).toBe(before)
    expect(await readdir(join(dir, 'documents'))).toEqual([])
    const reader = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'Reader', readOnly: true })
    expect((await reader.call('project.stats', {})).documentCount).toBe(0)
    reader.close()
  })

  it('new tags that break a limit are refused before any document is written; project.json stays as it was', async () => {
    const dir = await tempDir()
    const store = await ProjectStore.open(dir, { nameForNew: 'Limits' })
    const before = await readFile(join(dir, 'project.json'), 'utf8')
    const record = documentFromText('a.txt', 'Alpha\nBody.', {}, 'doc-a')
    await expect(store.addDocuments([record], [tagWithAttributes(MAX_ATTRIBUTES_PER_TAG + 1)])).rejects.toMatchObject({
      code: 'invalid-data',
      message: expect.stringMatching(/project\.json: it would no longer open \(its content would be wrong at tags\.4\.attributes: the tag "Person" has 31 attributes, over the limit of 30\)/)
    })
    expect(store.info.documentIds).toEqual([])
    store.close()
    expect(await readFile(join(dir, 'project.json'), 'utf8')).toBe(before)
    expect(await readdir(join(dir, 'documents'))).toEqual([])
    const reopened = await ProjectStore.open(dir, { readOnly: true })
    expect(reopened.info.tags.map((t) => t.id)).toEqual(['claim', 'actor', 'place', 'figure'])
    reopened.close()
  })

  it('a tag set or a name the schema refuses is not written, in memory or on disk', async () => {
    const dir = await tempDir()
    const store = await ProjectStore.open(dir, { nameForNew: 'Limits' })
    const before = await readFile(join(dir, 'project.json'), 'utf8')
    await expect(store.updateProjectFile({ tags: [tagWithAttributes(MAX_ATTRIBUTES_PER_TAG + 10)] })).rejects.toMatchObject({ code: 'invalid-data' })
    await expect(store.updateProjectFile({ name: '' })).rejects.toMatchObject({ code: 'invalid-data', message: expect.stringMatching(/at name/) })
    expect(store.info.name).toBe('Limits')
    expect(store.info.tags).toHaveLength(4)
    // A tag set at the limit is fine.
    await store.updateProjectFile({ tags: [tagWithAttributes(MAX_ATTRIBUTES_PER_TAG)] })
    store.close()
    expect(await readFile(join(dir, 'project.json'), 'utf8')).not.toBe(before)
    const reopened = await ProjectStore.open(dir, { readOnly: true })
    expect(reopened.info.tags[0]?.attributes).toHaveLength(MAX_ATTRIBUTES_PER_TAG)
    reopened.close()
  })
})
