import { describe, expect, it } from 'vitest'
import { createCore } from '../core'
import { useTempDirs } from '../testing/helpers'
import { importTexts } from '../testing/import-texts'
import { useWarmImportWorkers } from '../import/worker/testing'

useWarmImportWorkers()

/**
 * A document's status changes only by the user's choice or the user tagging in it: bulk changes across
 * the corpus (Tag all, Link all) leave articles the user never opened "Not started".
 */
describe('document status', () => {
  const tempDir = useTempDirs()

  it('stays as it is after Tag all and Link all; tagging one span starts the document, and undo restores it', async () => {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    try {
      const docs = await importTexts(core, [
        { fileName: 'a.txt', content: 'Hama\nThe army entered Hama.' },
        { fileName: 'b.txt', content: 'حماة\nدخل الجيش Hama و حماة.' },
        { fileName: 'c.txt', content: 'Done\nHama again.' }
      ])
      const [a, b, c] = docs.map((d) => d.id)
      if (!a || !b || !c) throw new Error('import returned too few documents')
      await core.call('documents.setStatus', { documentId: c, status: 'done' })
      const statuses = async () => Promise.all([a, b, c].map(async (documentId) => (await core.call('documents.get', { documentId })).status))

      const tagged = await core.call('annotations.tagAll', { query: 'Hama', tag: 'place', wholeWord: true })
      expect(tagged.documentIds).toHaveLength(3)
      expect(await statuses()).toEqual(['not-started', 'not-started', 'done'])

      const { annotations } = await core.call('documents.get', { documentId: a })
      const mention = annotations[0]
      if (!mention) throw new Error('tag all tagged nothing in a')
      const entity = await core.call('entities.create', { documentId: a, annotationId: mention.id, aliases: ['حماة'] })
      const linked = await core.call('entities.linkAll', { documentId: a, annotationId: mention.id, entityId: entity.id })
      expect(linked.tagged + linked.linked).toBeGreaterThan(0)
      expect(await statuses()).toEqual(['not-started', 'not-started', 'done'])

      const text = (await core.call('documents.get', { documentId: b })).text
      const start = text.indexOf('الجيش')
      await core.call('annotations.create', { documentId: b, tag: 'actor', start, end: start + 5 })
      expect(await statuses()).toEqual(['not-started', 'in-progress', 'done'])
      await core.call('history.undo', {})
      expect(await statuses()).toEqual(['not-started', 'not-started', 'done'])
      await core.call('history.redo', {})
      expect(await statuses()).toEqual(['not-started', 'in-progress', 'done'])
    } finally {
      core.close()
    }
  })
})
