import { describe, expect, it } from 'vitest'
import { documentFromText } from '../documents/from-text'
import { openTestProject, type TestProject } from '../testing/entity-project'
import { useTempDirs } from '../testing/helpers'
import { snapshotProject } from '../testing/snapshot'
import { createEntity } from './entities'
import { linkEntityMatches, previewEntityMatches } from './import-matches'
import { linkAll, previewLinkAll } from './link-all'

const EN = [
  'Hayat Tahrir al-Sham fighters entered Hama. HTS said the city was taken.',
  'Tahrir al-Sham, as the group is also known, denied it; the HTSX brigade and the rights groups did not.',
  'Residents of Hamah saw hts convoys.'
].join('\n\n')
const AR = 'قالت هيئة تحرير الشام إن الهيئة دخلت حماة، ونفت هيئه تحرير الشام ذلك، والهيئة ليست الهيئات.'

function documents() {
  return [
    documentFromText('en.txt', EN, { title: 'English report', source: 'Wire', date: '2024-12-02' }, 'en-1'),
    documentFromText('ar.txt', AR, { title: 'تقرير', source: 'Arabic outlet', date: '2024-12-02' }, 'ar-1')
  ]
}

async function quotesOf(project: TestProject, documentId: string, entityId: string): Promise<string[]> {
  return (await project.store.getDocument(documentId)).annotations.filter((a) => a.entityId === entityId).map((a) => a.quote)
}

describe('Link all follows the entity’s aliases', () => {
  const tempDir = useTempDirs()

  it('links the name and every alias, the longest where aliases overlap, whole words only; the preview lists exactly that', async () => {
    const project = await openTestProject(await tempDir(), documents())
    try {
      const mention = await project.annotate('en-1', 'actor', 'Hayat Tahrir al-Sham')
      const entity = await createEntity(project.context, { documentId: 'en-1', annotationId: mention.id, aliases: ['HTS', 'Tahrir al-Sham', 'هيئة تحرير', 'هيئة تحرير الشام', 'الهيئة'] })
      const before = await snapshotProject(project.store.dir)
      const preview = await previewLinkAll(project.context, { documentId: 'en-1', annotationId: mention.id, limit: 100 })
      expect(preview.matches.map((m) => [m.documentId, m.quote, m.matched])).toEqual([
        ['en-1', 'HTS', 'HTS'],
        ['en-1', 'Tahrir al-Sham', 'Tahrir al-Sham'],
        ['en-1', 'hts', 'HTS'],
        ['ar-1', 'هيئة تحرير الشام', 'هيئة تحرير الشام'],
        ['ar-1', 'الهيئة', 'الهيئة'],
        ['ar-1', 'هيئه تحرير الشام', 'هيئة تحرير الشام'],
        ['ar-1', 'الهيئة', 'الهيئة']
      ])
      expect(preview).toMatchObject({ entityName: 'Hayat Tahrir al-Sham', createsEntity: false, total: 7, alreadyLinked: 1, skipped: 0 })
      // The preview writes nothing.
      expect(await snapshotProject(project.store.dir)).toEqual(before)

      const result = await linkAll(project.context, { documentId: 'en-1', annotationId: mention.id })
      expect(result).toMatchObject({ linked: 0, tagged: 7, alreadyLinked: 1, documents: 2 })
      // "Tahrir al-Sham" inside the full name is not tagged twice; HTSX, "rights" and "الهيئات" are other words;
      // "والهيئة" is "and" joined to الهيئة: the name is tagged without the و.
      expect(await quotesOf(project, 'en-1', entity.id)).toEqual(['Hayat Tahrir al-Sham', 'HTS', 'Tahrir al-Sham', 'hts'])
      expect(await quotesOf(project, 'ar-1', entity.id)).toEqual(['هيئة تحرير الشام', 'الهيئة', 'هيئه تحرير الشام', 'الهيئة'])
      await project.undo()
      expect(await snapshotProject(project.store.dir)).toEqual(before)
    } finally {
      project.close()
    }
  })

  it('links only the matches chosen in the preview, as one undo step', async () => {
    const project = await openTestProject(await tempDir(), documents())
    try {
      const mention = await project.annotate('en-1', 'actor', 'HTS')
      const entity = await createEntity(project.context, { documentId: 'en-1', annotationId: mention.id, name: 'Hayat Tahrir al-Sham', aliases: ['HTS'] })
      const preview = await previewLinkAll(project.context, { documentId: 'en-1', annotationId: mention.id, limit: 100 })
      expect(preview.matches.map((m) => m.quote)).toEqual(['Hayat Tahrir al-Sham', 'hts'])
      const chosen = preview.matches.filter((m) => m.quote === 'hts').map(({ documentId, start, end }) => ({ documentId, start, end }))
      const recorded = project.recorded.length
      const result = await linkAll(project.context, { documentId: 'en-1', annotationId: mention.id, matches: chosen })
      expect(result).toMatchObject({ tagged: 1, linked: 0, documents: 1 })
      expect(await quotesOf(project, 'en-1', entity.id)).toEqual(['HTS', 'hts'])
      expect(project.recorded.slice(recorded)).toEqual(['link all ‘Hayat Tahrir al-Sham’'])
      await project.undo()
      expect(await quotesOf(project, 'en-1', entity.id)).toEqual(['HTS'])
    } finally {
      project.close()
    }
  })

  it('leaves every document’s status as it was (not started stays not started)', async () => {
    const project = await openTestProject(await tempDir(), documents())
    try {
      const status = async () => Promise.all(['en-1', 'ar-1'].map(async (id) => (await project.store.getDocument(id)).status))
      const mention = await project.annotate('en-1', 'actor', 'HTS')
      await createEntity(project.context, { documentId: 'en-1', annotationId: mention.id, name: 'Hayat Tahrir al-Sham', aliases: ['هيئة تحرير الشام'] })
      expect(await status()).toEqual(['not-started', 'not-started'])
      const result = await linkAll(project.context, { documentId: 'en-1', annotationId: mention.id })
      expect(result.tagged).toBeGreaterThan(0)
      expect(await status()).toEqual(['not-started', 'not-started'])
    } finally {
      project.close()
    }
  })
})

describe('matches of known entities in imported articles', () => {
  const tempDir = useTempDirs()

  it('lists the names and aliases of every known entity in the given articles only, and links those chosen', async () => {
    const project = await openTestProject(await tempDir(), documents())
    try {
      const hts = await project.annotate('en-1', 'actor', 'HTS')
      const entity = await createEntity(project.context, { documentId: 'en-1', annotationId: hts.id, name: 'Hayat Tahrir al-Sham', aliases: ['HTS', 'هيئة تحرير الشام'] })
      const hama = await project.annotate('en-1', 'place', 'Hama')
      const city = await createEntity(project.context, { documentId: 'en-1', annotationId: hama.id, aliases: ['حماة', 'Hamah'] })
      const before = await snapshotProject(project.store.dir)
      const found = await previewEntityMatches(project.context, { documentIds: ['ar-1'], limit: 100 })
      expect(found.matches.map((m) => [m.quote, m.entityName, m.kind])).toEqual([
        ['هيئة تحرير الشام', 'Hayat Tahrir al-Sham', 'tag'],
        ['حماة', 'Hama', 'tag'],
        ['هيئه تحرير الشام', 'Hayat Tahrir al-Sham', 'tag']
      ])
      expect(await snapshotProject(project.store.dir)).toEqual(before)

      const chosen = found.matches.slice(0, 2).map(({ documentId, start, end, entityId }) => ({ documentId, start, end, entityId }))
      const result = await linkEntityMatches(project.context, { matches: chosen })
      expect(result).toEqual({ linked: 0, tagged: 2, skipped: 0, documents: 1 })
      const annotations = (await project.store.getDocument('ar-1')).annotations
      expect(annotations.map((a) => [a.quote, a.tag, a.entityId])).toEqual([
        ['هيئة تحرير الشام', 'actor', entity.id],
        ['حماة', 'place', city.id]
      ])
      expect((await project.store.getDocument('ar-1')).status).toBe('not-started')
      // What was linked is no longer offered; undo takes both back in one step.
      expect((await previewEntityMatches(project.context, { documentIds: ['ar-1'], limit: 100 })).matches.map((m) => m.quote)).toEqual(['هيئه تحرير الشام'])
      await project.undo()
      expect(await snapshotProject(project.store.dir)).toEqual(before)
    } finally {
      project.close()
    }
  })

  it('skips a chosen match that is no longer there instead of tagging arbitrary text', async () => {
    const project = await openTestProject(await tempDir(), documents())
    try {
      const hts = await project.annotate('en-1', 'actor', 'HTS')
      const entity = await createEntity(project.context, { documentId: 'en-1', annotationId: hts.id, name: 'Hayat Tahrir al-Sham' })
      const result = await linkEntityMatches(project.context, { matches: [{ documentId: 'ar-1', start: 0, end: 4, entityId: entity.id }] })
      expect(result).toEqual({ linked: 0, tagged: 0, skipped: 1, documents: 0 })
      expect((await project.store.getDocument('ar-1')).annotations).toEqual([])
    } finally {
      project.close()
    }
  })
})
