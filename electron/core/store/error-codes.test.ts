import { describe, expect, it } from 'vitest'
import { createCore } from '../core'
import { documentFromText } from '../documents/from-text'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { ProjectStore } from './project-store'

const tempDir = useTempDirs()

describe('store error codes say what happened', () => {
  it('a document added under an id the project holds is a duplicate id, refused as bad input', async () => {
    const dir = await tempDir()
    const store = await ProjectStore.open(dir)
    try {
      await store.addDocuments([documentFromText('a.txt', 'Hama\nBody', {}, 'hama')])
      const again = store.addDocuments([documentFromText('b.txt', 'Other\nBody', {}, 'hama')])
      await expect(again).rejects.toMatchObject({ code: 'duplicate-id', message: `A document with id hama already exists in ${dir}.` })
      expect(store.info.documentIds).toEqual(['hama'])
    } finally {
      store.close()
    }
  })

  it('a write through a read-only open says so, and the API keeps answering it as a lock problem', async () => {
    const dir = await tempDir()
    const writer = await ProjectStore.open(dir)
    writer.close()
    const reader = await ProjectStore.open(dir, { readOnly: true })
    try {
      await expect(reader.updateProjectFile({ description: 'x' })).rejects.toMatchObject({ code: 'opened-read-only', message: `The project ${dir} was opened read-only.` })
      await expect(reader.entities.update(() => ({ changed: false }))).rejects.toMatchObject({ code: 'opened-read-only' })
    } finally {
      reader.close()
    }
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 't', readOnly: true })
    try {
      expect(await core.dispatch('project.update', { description: 'x' })).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringContaining('was opened read-only') as unknown } })
    } finally {
      core.close()
    }
  })
})
