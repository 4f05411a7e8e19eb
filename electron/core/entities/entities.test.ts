import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentFromText } from '../documents/from-text'
import { EntityStore, ENTITIES_FILE } from '../store/entity-store'
import { openTestProject, type TestProject } from '../testing/entity-project'
import { useTempDirs } from '../testing/helpers'
import { snapshotProject } from '../testing/snapshot'
import { createEntity, deleteEntity, linkMention, mergeEntities, updateEntity } from './entities'
import { linkAll } from './link-all'
import { listSuggestions, rejectSuggestion } from './suggestions'

const TELESUR = 'telesur-2024-12-03'
const TEHRAN = 'tehran-times-2024-12-03'
const SHAFAQ = 'shafaq-news-2024-12-04'
const NATIONPRESS = 'nationpress-2024-12-01'

/** Whole-word "HTS" in each sample text, counted by hand with a regular expression independent of the code. */
async function htsByHand(project: TestProject): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const id of project.store.info.documentIds) {
    const text = (await project.store.getDocument(id)).text
    const n = text.match(/(?<![\p{L}\p{N}])HTS(?![\p{L}\p{N}])/giu)?.length ?? 0
    if (n > 0) counts[id] = n
  }
  return counts
}

async function mentionsOf(project: TestProject, entityId: string): Promise<{ documentId: string; quote: string }[]> {
  const found: { documentId: string; quote: string }[] = []
  for (const id of project.store.info.documentIds) {
    for (const a of (await project.store.getDocument(id)).annotations) if (a.entityId === entityId) found.push({ documentId: id, quote: a.quote })
  }
  return found
}

describe('entities', () => {
  const tempDir = useTempDirs()

  it('creates an entity from a mention, of the mention’s tag, and links the mention; undo removes both', async () => {
    const project = await openTestProject(await tempDir())
    try {
      const mention = await project.annotate(TELESUR, 'actor', 'Hayat Tahrir al-Sham')
      const before = await snapshotProject(project.store.dir)
      const entity = await createEntity(project.context, { documentId: TELESUR, annotationId: mention.id, aliases: ['HTS', ' hts ', 'Hayat Tahrir al-Sham'] })
      expect(entity).toMatchObject({ name: 'Hayat Tahrir al-Sham', type: 'actor', aliases: ['HTS'], coordinates: null })
      expect(await mentionsOf(project, entity.id)).toEqual([{ documentId: TELESUR, quote: 'Hayat Tahrir al-Sham' }])
      const onDisk = JSON.parse(await readFile(join(project.store.dir, ENTITIES_FILE), 'utf8')) as { schemaVersion: number; entities: { id: string }[] }
      expect(onDisk.schemaVersion).toBe(1)
      expect(onDisk.entities.map((e) => e.id)).toEqual([entity.id])
      expect(project.recorded).toEqual(['create entity ‘Hayat Tahrir al-Sham’'])
      await project.undo()
      const { [ENTITIES_FILE]: entitiesAfter, ...after } = await snapshotProject(project.store.dir)
      expect(entitiesAfter).toContain('"entities": []')
      expect(after).toEqual(before)
    } finally {
      project.close()
    }
  })

  it('refuses to link a mention to an entity of another type, or a claim to any entity', async () => {
    const project = await openTestProject(await tempDir())
    try {
      const actor = await project.annotate(TELESUR, 'actor', 'HTS')
      const place = await project.annotate(TELESUR, 'place', 'Hama')
      const claim = await project.annotate(TELESUR, 'claim', 'recent offensives have neutralized over 1,300 combatants')
      const hts = await createEntity(project.context, { documentId: TELESUR, annotationId: actor.id })
      await expect(linkMention(project.context, TELESUR, place.id, hts.id)).rejects.toThrow(/tagged place.*actor entity/)
      await expect(createEntity(project.context, { documentId: TELESUR, annotationId: claim.id })).rejects.toThrow(/is a claim/)
      await expect(linkMention(project.context, TELESUR, place.id, 'no-such-entity')).rejects.toThrow(/No entity no-such-entity/)
    } finally {
      project.close()
    }
  })

  it('merges A into B: A’s mentions follow, A’s name and aliases become B’s aliases; one undo restores every file', async () => {
    const project = await openTestProject(await tempDir())
    try {
      const htsTelesur = await project.annotate(TELESUR, 'actor', 'HTS')
      const htsShafaq = await project.annotate(SHAFAQ, 'actor', 'HTS')
      const full = await project.annotate(NATIONPRESS, 'actor', 'Hayat Tahrir al-Sham')
      const a = await createEntity(project.context, { documentId: TELESUR, annotationId: htsTelesur.id, aliases: ['هيئة تحرير الشام'] })
      await linkMention(project.context, SHAFAQ, htsShafaq.id, a.id)
      const b = await createEntity(project.context, { documentId: NATIONPRESS, annotationId: full.id, aliases: ['Tahrir al-Sham', 'hts'] })
      const before = await snapshotProject(project.store.dir)

      const { entity, movedMentions } = await mergeEntities(project.context, a.id, b.id)
      expect(movedMentions).toBe(2)
      // "HTS" matches the alias "hts" B already has, so it is not added twice.
      expect(entity.aliases).toEqual(['Tahrir al-Sham', 'hts', 'هيئة تحرير الشام'])
      expect((await project.store.entities.read()).entities.map((e) => e.id)).toEqual([b.id])
      expect(await mentionsOf(project, b.id)).toHaveLength(3)
      expect(await mentionsOf(project, a.id)).toHaveLength(0)

      await project.undo()
      expect(await snapshotProject(project.store.dir)).toEqual(before)
      await project.redo()
      expect(await mentionsOf(project, b.id)).toHaveLength(3)
      await expect(mergeEntities(project.context, b.id, b.id)).rejects.toThrow(/into itself/)
    } finally {
      project.close()
    }
  })

  it('deletes an entity leaving its mentions unlinked; undo links them again', async () => {
    const project = await openTestProject(await tempDir())
    try {
      const first = await project.annotate(TEHRAN, 'actor', 'HTS')
      const second = await project.annotate(TEHRAN, 'actor', 'HTS', { occurrence: 1 })
      const entity = await createEntity(project.context, { documentId: TEHRAN, annotationId: first.id })
      await linkMention(project.context, TEHRAN, second.id, entity.id)
      const before = await snapshotProject(project.store.dir)
      expect(await deleteEntity(project.context, entity.id)).toEqual({ entityId: entity.id, unlinkedMentions: 2 })
      const annotations = (await project.store.getDocument(TEHRAN)).annotations
      expect(annotations.map((a) => [a.quote, a.entityId])).toEqual([['HTS', null], ['HTS', null]])
      await project.undo()
      expect(await snapshotProject(project.store.dir)).toEqual(before)
    } finally {
      project.close()
    }
  })

  it('renames an entity and sets its aliases and coordinates as one undoable step', async () => {
    const project = await openTestProject(await tempDir())
    try {
      const hama = await project.annotate(TEHRAN, 'place', 'Hama')
      const entity = await createEntity(project.context, { documentId: TEHRAN, annotationId: hama.id })
      const renamed = await updateEntity(project.context, entity.id, { name: '  Hama  city ', aliases: ['حماة', 'Hamah', 'hama city'], coordinates: { lat: 35.13, lon: 36.75 } })
      expect(renamed).toMatchObject({ name: 'Hama city', aliases: ['حماة', 'Hamah'], coordinates: { lat: 35.13, lon: 36.75 } })
      await project.undo()
      expect(await project.store.entities.get(entity.id)).toEqual(entity)
    } finally {
      project.close()
    }
  })
})

describe('link all', () => {
  const tempDir = useTempDirs()

  it('links tagged mentions and tags the rest, whole words only, across the corpus, with counts, as one undo step', async () => {
    const project = await openTestProject(await tempDir())
    try {
      const byHand = await htsByHand(project)
      expect(byHand).toEqual({ [NATIONPRESS]: 4, [TELESUR]: 2, [TEHRAN]: 4, [SHAFAQ]: 6 })
      const mention = await project.annotate(TELESUR, 'actor', 'HTS')
      // Already tagged, not linked: gets linked.
      await project.annotate(TEHRAN, 'actor', 'HTS', { occurrence: 1 })
      // Inside a longer actor mention: left alone.
      await project.annotate(SHAFAQ, 'actor', 'Hayat Tahrir al-Sham (HTS)')
      // Tagged and linked to another entity: left alone.
      const other = await project.annotate(NATIONPRESS, 'actor', 'HTS')
      await createEntity(project.context, { documentId: NATIONPRESS, annotationId: other.id, name: 'Someone else' })
      // Tagged as a place: a different tag, so the occurrence is tagged as an actor too.
      await project.annotate(TEHRAN, 'place', 'HTS', { occurrence: 2 })
      const before = await snapshotProject(project.store.dir)
      const historyBefore = project.recorded.length

      const result = await linkAll(project.context, { documentId: TELESUR, annotationId: mention.id })
      const total = Object.values(byHand).reduce((a, b) => a + b, 0)
      // Linked: the mention itself (link all made its entity) and Tehran's tagged one; skipped: the two above.
      expect(result).toMatchObject({ linked: 2, alreadyLinked: 0, skipped: 2, tagged: total - 4, documents: 4 })
      expect(result.entity).toMatchObject({ name: 'HTS', type: 'actor' })
      const linked = await mentionsOf(project, result.entity.id)
      expect(linked).toHaveLength(total - 2)
      expect(linked.every((m) => m.quote.toUpperCase() === 'HTS')).toBe(true)
      expect(project.recorded.slice(historyBefore)).toEqual(['link all ‘HTS’'])

      await project.undo()
      expect(await snapshotProject(project.store.dir)).toEqual(before)
    } finally {
      project.close()
    }
  })

  it('on Arabic text tags whole words only, across letter variants', async () => {
    const text = 'قالت هيئة تحرير الشام إن هيئه تحرير الشام والهيئة تحرير الشامي ليست هيئة تحرير الشام.'
    const documents = [documentFromText('ar.txt', text, { title: 'عربي', source: 'Arabic outlet', date: '2024-12-02' }, 'arabic-1')]
    const project = await openTestProject(await tempDir(), documents)
    try {
      const mention = await project.annotate('arabic-1', 'actor', 'هيئة تحرير الشام')
      const result = await linkAll(project.context, { documentId: 'arabic-1', annotationId: mention.id })
      expect(result).toMatchObject({ linked: 1, tagged: 2, alreadyLinked: 0, skipped: 0, documents: 1 })
      const quotes = (await project.store.getDocument('arabic-1')).annotations.map((a) => a.quote)
      expect(quotes).toEqual(['هيئة تحرير الشام', 'هيئه تحرير الشام', 'هيئة تحرير الشام'])
      const again = await linkAll(project.context, { documentId: 'arabic-1', annotationId: mention.id })
      expect(again).toMatchObject({ linked: 0, tagged: 0, alreadyLinked: 3, documents: 0 })
    } finally {
      project.close()
    }
  })
})

describe('suggestions', () => {
  const tempDir = useTempDirs()

  it('offers unlinked mentions matching a name or an alias (case, “the”, Arabic variants) of the entity’s type; a rejection is remembered', async () => {
    const text = 'Hayat Tahrir al-Sham: The HTS said. Hts fighters and هيئه تحرير الشام, and HTS in a place tag.'
    const documents = [documentFromText('mixed.txt', text, { title: 'Mixed', source: 'Test', date: null }, 'mixed-1')]
    const project = await openTestProject(await tempDir(), documents)
    try {
      const first = await project.annotate('mixed-1', 'actor', 'The HTS')
      const second = await project.annotate('mixed-1', 'actor', 'Hts')
      const arabic = await project.annotate('mixed-1', 'actor', 'هيئه تحرير الشام')
      await project.annotate('mixed-1', 'place', 'HTS', { occurrence: 1 })
      const seed = await project.annotate('mixed-1', 'actor', 'Hayat Tahrir al-Sham')
      const entity = await createEntity(project.context, { documentId: 'mixed-1', annotationId: seed.id, aliases: ['HTS', 'هيئة تحرير الشام'] })

      const offered = await listSuggestions(project.context, { limit: 100 })
      expect(offered.suggestions.map((s) => [s.quote, s.matched])).toEqual([
        ['The HTS', 'HTS'],
        ['Hts', 'HTS'],
        ['هيئه تحرير الشام', 'هيئة تحرير الشام']
      ])
      expect(offered.total).toBe(3)

      await rejectSuggestion(project.context, { documentId: 'mixed-1', annotationId: second.id, entityId: entity.id })
      await linkMention(project.context, 'mixed-1', first.id, entity.id)
      expect((await listSuggestions(project.context, { limit: 100 })).suggestions.map((s) => s.annotationId)).toEqual([arabic.id])
      await project.undo()
      await project.undo()
      expect((await listSuggestions(project.context, { limit: 1 })).total).toBe(3)
    } finally {
      project.close()
    }
  })
})

describe('entities.json', () => {
  const tempDir = useTempDirs()

  it('a damaged file is reported with its path and never overwritten', async () => {
    const dir = await tempDir()
    const path = join(dir, ENTITIES_FILE)
    await writeFile(path, '{"schemaVersion": 1, "entities": [{"id": "x"}]')
    const store = new EntityStore(dir, true)
    await expect(store.read()).rejects.toThrow(`${path} is not valid JSON`)
    await expect(store.update((draft) => draft.entities.length)).rejects.toThrow(ENTITIES_FILE)
    expect(await readFile(path, 'utf8')).toBe('{"schemaVersion": 1, "entities": [{"id": "x"}]')
    await writeFile(path, '{"schemaVersion": 1, "entities": [{"id": "x"}], "rejectedSuggestions": []}')
    await expect(store.read()).rejects.toThrow(/does not hold what Tessera expects at entities\.0\.name/)
  })

  it('a read-only project refuses entity changes', async () => {
    const store = new EntityStore(await tempDir(), false)
    await expect(store.update(() => 1)).rejects.toThrow(/read-only/)
  })
})
