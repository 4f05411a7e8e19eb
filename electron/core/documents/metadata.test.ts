import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

describe('documents.updateMetadata', () => {
  it('writes the edited fields to the document file, announces them, and exports show them', async () => {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const report = await core.call('import.files', { files: [{ name: 'a.txt', base64: Buffer.from('Headline\nBody of the article.').toString('base64') }] })
    const documentId = report.imported[0]?.documentId ?? ''
    const events: unknown[] = []
    core.on('document.metadataChanged', (payload) => events.push(payload))
    const summary = await core.call('documents.updateMetadata', {
      documentId,
      metadata: { title: ' Rebels gain ground ', source: 'NationPress', author: 'Staff', date: '2024-12-01', url: 'https://example.org/a', language: 'en' }
    })
    expect(summary).toMatchObject({ title: 'Rebels gain ground', source: 'NationPress', author: 'Staff', date: '2024-12-01', url: 'https://example.org/a', language: 'en' })
    expect(events).toEqual([{ documentId, summary }])
    const file = JSON.parse(await readFile(join(dir, 'documents', `${documentId}.json`), 'utf8')) as Record<string, unknown>
    expect(file).toMatchObject({ title: 'Rebels gain ground', source: 'NationPress', date: '2024-12-01', text: 'Headline\n\nBody of the article.' })
    const exported = await core.call('export.project', { format: 'jsonl' })
    expect(exported.content).toContain('"source":"NationPress"')
    await core.call('documents.updateMetadata', { documentId, metadata: { date: null } })
    expect((await core.call('documents.get', { documentId })).date).toBeNull()
  })

  it('refuses a javascript: URL, a blank title and a malformed date, changing nothing', async () => {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const report = await core.call('import.files', { files: [{ name: 'a.txt', base64: Buffer.from('Headline\nBody.').toString('base64') }] })
    const documentId = report.imported[0]?.documentId ?? ''
    await expect(core.call('documents.updateMetadata', { documentId, metadata: { url: 'javascript:alert(1)' } })).rejects.toThrow(/http:\/\/ or https:\/\//)
    await expect(core.call('documents.updateMetadata', { documentId, metadata: { title: '   ' } })).rejects.toThrow(/blank/)
    await expect(core.call('documents.updateMetadata', { documentId, metadata: { date: '1 Dec 2024' } })).rejects.toThrow(/date/)
    expect(await core.call('documents.get', { documentId })).toMatchObject({ title: 'Headline', url: '', date: null })
  })
})
