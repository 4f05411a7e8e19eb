import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { useWarmImportWorkers } from '../import/worker/testing'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

useWarmImportWorkers()

describe('documents.updateMetadata and URLs', () => {
  it('stores an http(s) URL or none, and refuses any other scheme so a stored link can never run script', async () => {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const report = await core.call('import.files', { files: [{ name: 'a.txt', base64: Buffer.from('Headline\nBody.').toString('base64') }] })
    const documentId = report.imported[0]?.documentId ?? ''
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'https://exa mple.org']) {
      await expect(core.call('documents.updateMetadata', { documentId, changes: { url } }), url).rejects.toThrow(/http:\/\/ or https:\/\//)
    }
    await core.call('documents.updateMetadata', { documentId, changes: { url: 'https://example.org/a?b=1', source: 'NationPress' } })
    expect(await core.call('documents.get', { documentId })).toMatchObject({ url: 'https://example.org/a?b=1', source: 'NationPress' })
    await core.call('documents.updateMetadata', { documentId, changes: { url: '' } })
    expect((await core.call('documents.get', { documentId })).url).toBe('')
  })
})
