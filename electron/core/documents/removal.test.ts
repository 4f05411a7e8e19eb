import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createEntity, linkMention } from '../entities/entities'
import { addRelation } from '../relations/relations'
import { contract } from '../shared/contract'
import { openTestProject, type TestProject } from '../testing/entity-project'
import { listFiles, useTempDirs } from '../testing/helpers'
import { viewHandlers } from '../views/handlers'
import { removeDocuments } from './removal'

const TELESUR = 'telesur-2024-12-03'
const SHAFAQ = 'shafaq-news-2024-12-04'
const NATIONPRESS = 'nationpress-2024-12-01'

/** The project's stored state, byte for byte: project.json, entities.json and every listed document as stored now. */
async function stateOf(project: TestProject): Promise<Record<string, string>> {
  const { dir } = project.store
  const state: Record<string, string> = {
    'project.json': await readFile(join(dir, 'project.json'), 'utf8'),
    'entities.json': await readFile(join(dir, 'entities.json'), 'utf8').catch(() => '')
  }
  for (const id of project.store.info.documentIds) {
    // Compacted first, so the document's file holds every change (its journal is folded in).
    await project.store.compactDocument(id)
    state[id] = await readFile(join(dir, 'documents', `${id}.json`), 'utf8')
  }
  return state
}

const claims = (project: TestProject) => viewHandlers['views.claims'](contract['views.claims'].input.parse({}), project.context)

/** Annotations, an entity linked across two outlets, and a claim attributed to an actor in SHAFAQ. */
async function annotated(project: TestProject) {
  const hts = await project.annotate(TELESUR, 'actor', 'Hayat Tahrir al-Sham')
  const entity = await createEntity(project.context, { documentId: TELESUR, annotationId: hts.id, aliases: ['HTS'] })
  const claim = await project.annotate(SHAFAQ, 'claim', 'militant casualties this week have exceeded 1,600 from HTS and its affiliated groups')
  const mention = await project.annotate(SHAFAQ, 'actor', 'HTS')
  await linkMention(project.context, SHAFAQ, mention.id, entity.id)
  const sources = await project.annotate(SHAFAQ, 'actor', 'The sources')
  await addRelation(project.context, { documentId: SHAFAQ, type: 'attributed-to', from: claim.id, to: sources.id })
  await project.annotate(NATIONPRESS, 'place', 'Hama')
  return { entity }
}

describe('removing documents', () => {
  const tempDir = useTempDirs()

  it('removes documents with their annotations, relations and entity mentions; one undo restores every byte, views follow', async () => {
    const project = await openTestProject(await tempDir())
    try {
      const { entity } = await annotated(project)
      const order = [...project.store.info.documentIds]
      const entitiesBefore = await viewHandlers['views.entities']({}, project.context)
      expect(entitiesBefore.entities.find((e) => e.id === entity.id)).toMatchObject({ mentionCount: 2, documentCount: 2 })
      const claimsBefore = await claims(project)
      expect(claimsBefore.total).toBe(1)
      const before = await stateOf(project)

      // The middle and the first of the list: restoring must put each back in its own place.
      const result = await removeDocuments(project.context, [SHAFAQ, order[0] as string])
      expect(result).toEqual({ documentIds: [order[0], SHAFAQ], annotations: 4, relations: 1, entityMentions: 1 })
      expect(project.store.info.documentIds).toEqual(order.filter((id) => id !== SHAFAQ && id !== order[0]))
      const files = await listFiles(join(project.store.dir, 'documents'))
      expect(files.some((file) => file.startsWith(SHAFAQ))).toBe(false)
      expect(files.some((file) => file.startsWith(order[0] as string))).toBe(false)
      await expect(project.store.getDocument(SHAFAQ)).rejects.toThrow(/No document/)
      expect(project.recorded.at(-1)).toBe('delete 2 documents')
      expect(project.events.at(-2)).toEqual({ event: 'documents.removed', payload: { documentIds: [order[0], SHAFAQ] } })

      const entitiesAfter = await viewHandlers['views.entities']({}, project.context)
      expect(entitiesAfter.entities.find((e) => e.id === entity.id)).toMatchObject({ mentionCount: 1, documentCount: 1 })
      expect(entitiesAfter.outlets).not.toContain('Shafaq News')
      expect((await claims(project)).total).toBe(0)

      await project.undo()
      expect(await stateOf(project)).toEqual(before)
      expect(await viewHandlers['views.entities']({}, project.context)).toEqual(entitiesBefore)
      expect(await claims(project)).toEqual(claimsBefore)

      // Redo takes them out again, and the next undo restores them again.
      await project.redo()
      expect(project.store.info.documentIds).toHaveLength(order.length - 2)
      await project.undo()
      expect(await stateOf(project)).toEqual(before)
    } finally {
      project.close()
    }
  })

  it('a document restored by undo takes new changes again, and survives a reopen', async () => {
    const dir = await tempDir()
    const project = await openTestProject(dir)
    try {
      await project.annotate(SHAFAQ, 'actor', 'HTS')
      await removeDocuments(project.context, [SHAFAQ])
      expect(project.recorded.at(-1)).toMatch(/^delete ‘.+’$/)
      await project.undo()
      await project.annotate(SHAFAQ, 'place', 'Hama')
      expect((await project.store.getDocument(SHAFAQ)).annotations.map((a) => a.quote).sort()).toEqual(['HTS', 'Hama'])
    } finally {
      project.close()
    }
    const reopened = await openTestProject(dir, [])
    try {
      expect(reopened.store.info.documentIds).toContain(SHAFAQ)
      expect((await reopened.store.getDocument(SHAFAQ)).annotations).toHaveLength(2)
    } finally {
      reopened.close()
    }
  })

  it('an unknown id removes nothing, records nothing and names the id', async () => {
    const project = await openTestProject(await tempDir())
    try {
      await annotated(project)
      const before = await stateOf(project)
      const recorded = project.recorded.length
      await expect(removeDocuments(project.context, [SHAFAQ, 'no-such-document'])).rejects.toThrow(/No document with id no-such-document/)
      expect(await stateOf(project)).toEqual(before)
      expect(project.recorded).toHaveLength(recorded)
      expect(project.events.some((e) => e.event === 'documents.removed')).toBe(false)
    } finally {
      project.close()
    }
  })
})
