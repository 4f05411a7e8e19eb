import { describe, expect, it } from 'vitest'
import { documentFromText } from '../documents/from-text'
import type { DocumentCommand } from '../documents/commands'
import { openTestProject } from '../testing/entity-project'
import { useTempDirs } from '../testing/helpers'
import { snapshotProject } from '../testing/snapshot'
import { runAction } from './actions'

const COUNT = 24

// The documents' JSON files are compared byte for byte; a change written since is in each document's journal,
// which the snapshot leaves out, so the annotations are also read back through the store.

/** A create of an actor over the document's first word, as a bulk change (a layer import, Tag all) writes one per document. */
function tagFirstWord(): DocumentCommand[] {
  return [{ type: 'create', tag: 'actor', start: 0, end: 5 }]
}

describe('a change written to many documents at once', () => {
  const tempDir = useTempDirs()

  async function manyDocuments() {
    const documents = Array.from({ length: COUNT }, (_unused, index) => documentFromText(`d${index}.txt`, `Army${index % 10} entered Hama.\n\nBody ${index}`, {}, `d${index}`))
    const project = await openTestProject(await tempDir(), documents)
    return { project, ids: documents.map((document) => document.id) }
  }

  it('is one undo step whose undo and redo leave every file as it was, byte for byte', async () => {
    const { project, ids } = await manyDocuments()
    try {
      const before = await snapshotProject(project.store.dir)
      await runAction(project.context, { message: { key: 'history.importLayer', values: { file: 'layer.jsonl' } } }, (action) =>
        action.documents(ids.map((documentId) => ({ documentId, commands: tagFirstWord() })))
      )
      const after = await snapshotProject(project.store.dir)
      for (const id of ids) expect((await project.context.store.getDocument(id)).annotations).toHaveLength(1)
      expect(project.context.history.state().undoLabel).toMatch(/layer\.jsonl/)
      await project.undo()
      for (const id of ids) expect((await project.context.store.getDocument(id)).annotations).toEqual([])
      expect(await snapshotProject(project.store.dir)).toEqual(before)
      await project.redo()
      expect(await snapshotProject(project.store.dir)).toEqual(after)
    } finally {
      project.close()
    }
  })

  it('takes back every document already written when one of them fails, wherever it is among those in flight', async () => {
    for (const failing of [0, 5, COUNT - 1]) {
      const { project, ids } = await manyDocuments()
      try {
        const before = await snapshotProject(project.store.dir)
        const changes = ids.map((documentId, index) => ({
          documentId,
          // An annotation that is not there: this document's write is refused after others have been written.
          commands: index === failing ? [{ type: 'delete', annotationId: 'no-such-annotation' } as const] : tagFirstWord()
        }))
        await expect(
          runAction(project.context, { message: { key: 'history.importLayer', values: { file: 'layer.jsonl' } } }, (action) => action.documents(changes))
        ).rejects.toThrow(/no-such-annotation/)
        // The store as read (journals included) and the files as written.
        for (const id of ids) expect((await project.context.store.getDocument(id)).annotations).toEqual([])
        expect(await snapshotProject(project.store.dir)).toEqual(before)
        expect(project.context.history.state().canUndo).toBe(false)
      } finally {
        project.close()
      }
    }
  })
})
