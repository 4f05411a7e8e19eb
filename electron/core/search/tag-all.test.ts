import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../core'
import { useTempDirs } from '../testing/helpers'
import { MAX_TAG_ALL } from './handlers'
import { importTexts } from '../testing/import-texts'
import { useWarmImportWorkers } from '../import/worker/testing'

// Imports run in the shared import worker: started once, before the tests, not inside one's time.
useWarmImportWorkers()

describe('tag all matches', () => {
  const tempDir = useTempDirs()

  it('refuses a tag-all so large it is surely a mistake, writing nothing', async () => {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    try {
      const [doc] = await importTexts(core, [{ fileName: 'many.txt', content: `Many\n${'ab '.repeat(MAX_TAG_ALL + 1)}` }])
      if (!doc) throw new Error('import returned nothing')
      const file = join(dir, 'documents', `${doc.id}.json`)
      const before = await readFile(file, 'utf8')
      await expect(core.call('annotations.tagAll', { query: 'ab', tag: 'claim' })).rejects.toThrow(/matches 10001 untagged places; tagging more than 10000/)
      expect(await readFile(file, 'utf8')).toBe(before)
      expect((await core.call('history.state', {})).canUndo).toBe(false)
    } finally {
      core.close()
    }
  })

  it('tags whole words only when asked, in Arabic too, and says so in the undo label', async () => {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    try {
      const [doc] = await importTexts(core, [{ fileName: 'ar.txt', content: 'حماة\nدخل الجيش حماة ووحماة 🙂 حماة.' }])
      if (!doc) throw new Error('import returned nothing')
      const result = await core.call('annotations.tagAll', { query: 'حماة', tag: 'place', wholeWord: true, documentId: doc.id })
      const { text, annotations } = await core.call('documents.get', { documentId: doc.id })
      expect(result.added).toBe(annotations.length)
      for (const a of annotations) expect(text.slice(a.start, a.end)).toBe('حماة')
      expect(annotations.every((a) => !/\p{L}/u.test(text.charAt(a.start - 1)))).toBe(true)
      expect(await core.call('annotations.tagAll', { query: 'حماة', tag: 'place', wholeWord: true, documentId: doc.id })).toMatchObject({
        added: 0,
        skipped: result.added
      })
      expect((await core.call('history.state', {})).undoLabel).toBe(`Undo tag all ${result.added} matches of ‘حماة’ as Place`)
    } finally {
      core.close()
    }
  })
})
