import { describe, expect, it } from 'vitest'
import { runAction } from '../history/actions'
import { removeAnnotationWithRelations } from '../annotations/commands'
import { applyDocumentCommands } from '../documents/commands'
import { openTestProject } from '../testing/entity-project'
import { createCore } from '../core'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { snapshotProject } from '../testing/snapshot'
import { addRelation, relationsOf, removeRelation } from './relations'

const SHAFAQ = 'shafaq-news-2024-12-04'
const CLAIM = 'militant casualties this week have exceeded 1,600 from HTS and its affiliated groups'

async function shafaqFixture(dir: string) {
  const project = await openTestProject(dir)
  const claim = await project.annotate(SHAFAQ, 'claim', CLAIM, { attributes: { stance: 'reported' } })
  const sources = await project.annotate(SHAFAQ, 'actor', 'The sources')
  const army = await project.annotate(SHAFAQ, 'actor', 'the Syrian army')
  const figure = await project.annotate(SHAFAQ, 'figure', '1,600', { attributes: { value: 1600, counted: 'militants killed' } })
  return { project, claim, sources, army, figure }
}

describe('relations', () => {
  const tempDir = useTempDirs()

  it('attributes a claim to an actor and ties a figure to its claim, checking ends, tags and duplicates', async () => {
    const { project, claim, sources, army, figure } = await shafaqFixture(await tempDir())
    try {
      const attributed = await addRelation(project.context, { documentId: SHAFAQ, type: 'attributed-to', from: claim.id, to: sources.id })
      const stated = await addRelation(project.context, { documentId: SHAFAQ, type: 'stated-in', from: figure.id, to: claim.id })
      expect((await project.store.getDocument(SHAFAQ)).relations).toEqual([attributed, stated])
      expect(attributed).toMatchObject({ type: 'attributed-to', from: claim.id, to: sources.id, author: 'tester' })

      const add = (type: 'attributed-to' | 'stated-in', from: string, to: string) => addRelation(project.context, { documentId: SHAFAQ, type, from, to })
      await expect(add('attributed-to', claim.id, sources.id)).rejects.toThrow(/already attributed-to/)
      await expect(add('attributed-to', sources.id, claim.id)).rejects.toThrow(/must start from a claim; “The sources” is tagged actor/)
      await expect(add('stated-in', figure.id, army.id)).rejects.toThrow(/must point to a claim/)
      await expect(add('attributed-to', claim.id, 'gone')).rejects.toThrow(/No annotation gone/)
      await expect(add('stated-in', figure.id, figure.id)).rejects.toThrow(/two different annotations/)
      expect((await project.store.getDocument(SHAFAQ)).relations).toHaveLength(2)
    } finally {
      project.close()
    }
  })

  it('re-attributing a claim replaces its attribution; undo brings the first one back where it was', async () => {
    const { project, claim, sources, army } = await shafaqFixture(await tempDir())
    try {
      const first = await addRelation(project.context, { documentId: SHAFAQ, type: 'attributed-to', from: claim.id, to: sources.id })
      const before = await snapshotProject(project.store.dir)
      const second = await addRelation(project.context, { documentId: SHAFAQ, type: 'attributed-to', from: claim.id, to: army.id })
      expect((await project.store.getDocument(SHAFAQ)).relations).toEqual([second])
      await project.undo()
      expect((await project.store.getDocument(SHAFAQ)).relations).toEqual([first])
      expect(await snapshotProject(project.store.dir)).toEqual(before)
      await removeRelation(project.context, SHAFAQ, first.id)
      expect((await project.store.getDocument(SHAFAQ)).relations).toEqual([])
      await expect(removeRelation(project.context, SHAFAQ, first.id)).rejects.toThrow(/No relation/)
    } finally {
      project.close()
    }
  })

  it('deleting an annotation removes the relations at either end; the inverse restores the annotation and both relations, byte for byte', async () => {
    const { project, claim, sources, figure } = await shafaqFixture(await tempDir())
    try {
      await addRelation(project.context, { documentId: SHAFAQ, type: 'attributed-to', from: claim.id, to: sources.id })
      await addRelation(project.context, { documentId: SHAFAQ, type: 'stated-in', from: figure.id, to: claim.id })
      const before = await snapshotProject(project.store.dir)

      await runAction(project.context, { message: { key: 'history.annotation.delete', values: { quote: 'the claim' } } }, (action) => action.document(SHAFAQ, [{ type: 'delete', annotationId: claim.id }]))
      const after = await project.store.getDocument(SHAFAQ)
      expect(after.annotations.map((a) => a.id)).not.toContain(claim.id)
      expect(after.relations).toEqual([])
      expect(relationsOf(after, sources.id)).toEqual([])

      await project.undo()
      expect(await snapshotProject(project.store.dir)).toEqual(before)
      expect(relationsOf(await project.store.getDocument(SHAFAQ), claim.id)).toHaveLength(2)
    } finally {
      project.close()
    }
  })

  it('the delete hook keeps relations not touching the annotation, in order', async () => {
    const { project, claim, sources, army, figure } = await shafaqFixture(await tempDir())
    try {
      const a = await addRelation(project.context, { documentId: SHAFAQ, type: 'attributed-to', from: claim.id, to: sources.id })
      const b = await addRelation(project.context, { documentId: SHAFAQ, type: 'stated-in', from: figure.id, to: claim.id })
      const draft = structuredClone(await project.store.getDocument(SHAFAQ))
      const original = structuredClone(draft)
      const removed = removeAnnotationWithRelations(draft, sources.id)
      expect(removed.relations).toEqual([{ relation: a, index: 0 }])
      expect(draft.relations).toEqual([b])
      expect(draft.annotations.map((x) => x.id)).toContain(army.id)
      applyDocumentCommands(draft, [{ type: 'restore', ...removed }], { tags: project.store.info.tags, author: 'tester', now: '' })
      expect(draft).toEqual(original)
    } finally {
      project.close()
    }
  })
})

describe('relations through the core', () => {
  const tempDir = useTempDirs()

  it('annotations.delete removes the relations of the annotation, and history.undo brings back the annotation and its relations', async () => {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester', seedSample: true })
    try {
      const text = (await core.call('documents.get', { documentId: SHAFAQ })).text
      const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length })
      const claim = await core.call('annotations.create', { documentId: SHAFAQ, tag: 'claim', ...at(CLAIM) })
      const sources = await core.call('annotations.create', { documentId: SHAFAQ, tag: 'actor', ...at('The sources') })
      const figure = await core.call('annotations.create', { documentId: SHAFAQ, tag: 'figure', ...at('1,600') })
      const attributed = await core.call('relations.add', { documentId: SHAFAQ, type: 'attributed-to', from: claim.id, to: sources.id })
      const stated = await core.call('relations.add', { documentId: SHAFAQ, type: 'stated-in', from: figure.id, to: claim.id })
      expect(await core.call('relations.list', { documentId: SHAFAQ, annotationId: claim.id })).toEqual([attributed, stated])

      await core.call('annotations.delete', { documentId: SHAFAQ, annotationId: claim.id })
      expect((await core.call('documents.get', { documentId: SHAFAQ })).relations).toEqual([])

      const undone = await core.call('history.undo', {})
      expect(undone.documentIds).toEqual([SHAFAQ])
      const restored = await core.call('documents.get', { documentId: SHAFAQ })
      expect(restored.annotations.map((a) => a.id)).toContain(claim.id)
      expect(restored.relations).toEqual([attributed, stated])

      // The relation's own add is undone next, as its own step.
      expect((await core.call('history.undo', {})).done).toBe('Undone: add a relation (stated-in)')
      expect((await core.call('documents.get', { documentId: SHAFAQ })).relations).toEqual([attributed])
    } finally {
      core.close()
    }
  })
})
