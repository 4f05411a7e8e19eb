import { describe, expect, it } from 'vitest'
import { runAction } from '../history/actions'
import { openTestProject } from '../testing/entity-project'
import { useTempDirs } from '../testing/helpers'
import { snapshotProject } from '../testing/snapshot'
import type { RelationTypeDefinition } from '../shared/model/relation-types'
import { relationCandidates, relationsOfAnnotation } from './listing'
import { setRelationTypes } from './relation-types'
import { addRelation, removeRelation } from './relations'
import { removeDocuments } from '../documents/removal'

const TEHRAN = 'tehran-times-2024-12-03'
const NATION = 'nationpress-2024-12-01'
const HALTED = 'the Syrian army has halted any attempts to invade the city'
const WITHDRAWALS = 'reports indicating rapid withdrawals by government forces'

const CONTRADICTS: RelationTypeDefinition = { id: 'contradicts', label: 'contradicts', from: ['claim'], to: ['claim'], directed: false, crossDocument: true }
const SUPPORTS: RelationTypeDefinition = { id: 'supports', label: 'supports', from: ['claim'], to: ['claim'], directed: true, crossDocument: false }
const LOCATED: RelationTypeDefinition = { id: 'located-at', label: 'located at', from: ['actor'], to: ['place'], directed: true, crossDocument: false }

async function fixture(dir: string) {
  const project = await openTestProject(dir)
  await setRelationTypes(project.context, [CONTRADICTS, SUPPORTS, LOCATED])
  const halted = await project.annotate(TEHRAN, 'claim', HALTED)
  const withdrawals = await project.annotate(NATION, 'claim', WITHDRAWALS)
  const hama = await project.annotate(NATION, 'place', 'Hama')
  const forces = await project.annotate(NATION, 'actor', 'government forces')
  return { project, halted, withdrawals, hama, forces }
}

describe('project relation types', () => {
  const tempDir = useTempDirs()

  it('checks the type, its end tags and whether it may cross documents, in the core', async () => {
    const { project, halted, withdrawals, hama, forces } = await fixture(await tempDir())
    try {
      const add = (type: string, documentId: string, from: string, to: string, toDocumentId?: string) =>
        addRelation(project.context, { documentId, type, from, to, toDocumentId })
      await expect(add('refutes', NATION, withdrawals.id, hama.id)).rejects.toThrow(/No relation type “refutes”/)
      await expect(add('located-at', NATION, hama.id, forces.id)).rejects.toThrow(/located at relation must start from a actor; “Hama” is tagged place/)
      await expect(add('located-at', NATION, forces.id, withdrawals.id)).rejects.toThrow(/must point to a place/)
      await expect(add('supports', NATION, withdrawals.id, halted.id, TEHRAN)).rejects.toThrow(/does not allow ends in two documents/)
      await expect(add('attributed-to', NATION, withdrawals.id, halted.id, TEHRAN)).rejects.toThrow(/joins annotations of one document/)

      const located = await add('located-at', NATION, forces.id, hama.id)
      expect((await project.store.getDocument(NATION)).relations).toEqual([located])
      const across = await add('contradicts', TEHRAN, halted.id, withdrawals.id, NATION)
      expect((await project.store.crossRelations.read()).relations).toEqual([{ ...across, fromDocumentId: TEHRAN, toDocumentId: NATION }])
      // Symmetric: the same pair the other way round is the same relation.
      await expect(add('contradicts', NATION, withdrawals.id, halted.id, TEHRAN)).rejects.toThrow(/is there already/)
      await expect(add('located-at', NATION, forces.id, hama.id)).rejects.toThrow(/is there already/)
    } finally {
      project.close()
    }
  })

  it('lists a relation across documents at both ends, with the other end’s quote and document', async () => {
    const { project, halted, withdrawals } = await fixture(await tempDir())
    try {
      await addRelation(project.context, { documentId: TEHRAN, type: 'contradicts', from: halted.id, to: withdrawals.id, toDocumentId: NATION })
      const fromTehran = await relationsOfAnnotation(project.context, TEHRAN, halted.id)
      expect(fromTehran).toMatchObject([{ typeLabel: 'contradicts', direction: 'outgoing', directed: false, documentId: null, other: { documentId: NATION, annotationId: withdrawals.id, quote: WITHDRAWALS, source: 'NationPress' } }])
      const fromNation = await relationsOfAnnotation(project.context, NATION, withdrawals.id)
      expect(fromNation).toMatchObject([{ direction: 'incoming', other: { documentId: TEHRAN, quote: HALTED } }])

      const candidates = await relationCandidates(project.context, { documentId: TEHRAN, annotationId: halted.id, type: 'contradicts', limit: 50 })
      expect(candidates.candidates.map((c) => c.annotationId)).toEqual([withdrawals.id])
      const local = await relationCandidates(project.context, { documentId: TEHRAN, annotationId: halted.id, type: 'supports', limit: 50 })
      expect(local.candidates).toEqual([])
    } finally {
      project.close()
    }
  })

  it('create and delete are one undo step each; deleting an end removes the relation across documents and undo restores both, byte for byte', async () => {
    const { project, halted, withdrawals } = await fixture(await tempDir())
    try {
      const empty = await snapshotProject(project.store.dir)
      const relation = await addRelation(project.context, { documentId: TEHRAN, type: 'contradicts', from: halted.id, to: withdrawals.id, toDocumentId: NATION })
      const related = await snapshotProject(project.store.dir)
      await project.undo()
      expect((await project.store.crossRelations.read()).relations).toEqual([])
      await project.redo()
      expect(await snapshotProject(project.store.dir)).toEqual(related)

      await runAction(project.context, { message: { key: 'history.annotation.delete', values: { quote: 'the claim' } } }, (action) => action.document(NATION, [{ type: 'delete', annotationId: withdrawals.id }]))
      expect((await project.store.crossRelations.read()).relations).toEqual([])
      expect(await relationsOfAnnotation(project.context, TEHRAN, halted.id)).toEqual([])
      await project.undo()
      expect(await snapshotProject(project.store.dir)).toEqual(related)
      expect(await relationsOfAnnotation(project.context, TEHRAN, halted.id)).toHaveLength(1)

      await removeRelation(project.context, NATION, relation.id)
      expect((await project.store.crossRelations.read()).relations).toEqual([])
      await project.undo()
      expect((await project.store.crossRelations.read()).relations).toHaveLength(1)
      await project.undo()
      const { 'relations.json': left, ...rest } = await snapshotProject(project.store.dir)
      expect(rest).toEqual(empty)
      expect(JSON.parse(left ?? '')).toEqual({ relations: [] })
    } finally {
      project.close()
    }
  })

  it('a type in use cannot be removed; its end tags must exist; editing the types is one undo step', async () => {
    const { project, halted, withdrawals } = await fixture(await tempDir())
    try {
      await addRelation(project.context, { documentId: TEHRAN, type: 'contradicts', from: halted.id, to: withdrawals.id, toDocumentId: NATION })
      await expect(setRelationTypes(project.context, [SUPPORTS])).rejects.toThrow(/“contradicts” is used by 1 relation/)
      await expect(setRelationTypes(project.context, [CONTRADICTS, { ...SUPPORTS, to: ['rumour'] }])).rejects.toThrow(/names the tag “rumour”/)
      await expect(setRelationTypes(project.context, [CONTRADICTS, { ...SUPPORTS, id: 'contradicts' }])).rejects.toThrow(/two relation types have the id/)
      await setRelationTypes(project.context, [CONTRADICTS])
      expect(project.store.info.relationTypes).toEqual([CONTRADICTS])
      await project.undo()
      expect(project.store.info.relationTypes).toEqual([CONTRADICTS, SUPPORTS, LOCATED])
    } finally {
      project.close()
    }
  })
})

describe('relations across documents when a document is deleted', () => {
  const tempDir = useTempDirs()

  it('go with either end’s document in the same undo step, and come back with it', async () => {
    const { project, halted, withdrawals } = await fixture(await tempDir())
    try {
      await addRelation(project.context, { documentId: TEHRAN, type: 'contradicts', from: halted.id, to: withdrawals.id, toDocumentId: NATION })
      // Compacted first, so each document's file holds every change (a restore writes it compacted).
      for (const id of project.store.info.documentIds) await project.store.compactDocument(id)
      const before = await snapshotProject(project.store.dir)
      const removed = await removeDocuments(project.context, [NATION])
      expect(removed.relations).toBe(1)
      expect((await project.store.crossRelations.read()).relations).toEqual([])
      expect(await relationsOfAnnotation(project.context, TEHRAN, halted.id)).toEqual([])
      await project.undo()
      expect((await project.store.crossRelations.read()).relations).toHaveLength(1)
      expect(await snapshotProject(project.store.dir)).toEqual(before)
    } finally {
      project.close()
    }
  })
})
