import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { useTempDirs } from '../testing/helpers'
import { importTexts } from '../testing/import-texts'
import { exportFile } from '../testing/export-file'
import { useWarmImportWorkers } from '../import/worker/testing'

useWarmImportWorkers()

const DONE_TEXT = 'Hama\nThe army said the town was retaken; residents fled.'
const OPEN_TEXT = 'Idlib\nThe army said the road was cut; residents stayed.'

interface TwoAnnotators {
  core: Core
  dir: string
  /** Done for A once `markDone` is called; B's actor there is linked to an entity. */
  done: string
  /** Never done for A. */
  open: string
  markDone(): Promise<unknown>
}

/**
 * B annotates both documents (a claim "the army said…" attributed to an actor "army", linked to an entity) and
 * someone with no name ('') tags "residents"; then A, with blind mode on, tags "residents" as an actor in both.
 */
async function twoAnnotators(dir: string, options: { storedViewsFrom?: number } = {}): Promise<TwoAnnotators> {
  const asB = await createCore({ projectDir: dir, resourcesDir: dir, author: 'B' })
  const [done, open] = await importTexts(asB, [
    { fileName: 'hama.txt', content: DONE_TEXT },
    { fileName: 'idlib.txt', content: OPEN_TEXT }
  ])
  if (!done || !open) throw new Error('nothing imported')
  for (const document of [done, open]) {
    const { text } = await asB.call('documents.get', { documentId: document.id })
    const span = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length })
    const actor = await asB.call('annotations.create', { documentId: document.id, tag: 'actor', ...span('army') })
    const claim = await asB.call('annotations.create', { documentId: document.id, tag: 'claim', ...span(text.slice(text.indexOf('The army'), text.indexOf(';'))) })
    await asB.call('relations.add', { documentId: document.id, type: 'attributed-to', from: claim.id, to: actor.id })
    await asB.call('entities.create', { documentId: document.id, annotationId: actor.id, name: `army of ${document.id}` })
  }
  asB.close()
  const asNoOne = await createCore({ projectDir: dir, resourcesDir: dir, author: '' })
  const { text } = await asNoOne.call('documents.get', { documentId: done.id })
  await asNoOne.call('annotations.create', { documentId: done.id, tag: 'place', start: 0, end: 4 })
  asNoOne.close()
  const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'A', ...options })
  await core.call('project.update', { blindMode: true })
  for (const document of [done, open]) {
    const own = (await core.call('documents.get', { documentId: document.id })).text
    await core.call('annotations.create', { documentId: document.id, tag: 'actor', start: own.indexOf('residents'), end: own.indexOf('residents') + 9 })
  }
  expect(text.slice(0, 4)).toBe('Hama')
  return { core, dir, done: done.id, open: open.id, markDone: () => core.call('documents.setDoneForMe', { documentId: done.id, done: true }) }
}

/** What the list, the project's stats, and the Claims and Entities views show A. */
async function shown(core: Core) {
  const list = await core.call('documents.list', {})
  const stats = await core.call('project.stats', {})
  const claims = await core.call('views.claims', { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 100 })
  const entities = await core.call('views.entities', {})
  return {
    counts: list.map((summary) => [summary.annotationCount, summary.tagCounts]),
    perAuthorSent: list.some((summary) => summary.tagCountsByAuthor !== undefined),
    statsCount: stats.annotationCount,
    claims: claims.total,
    entityMentions: entities.entities.map((row) => row.mentionCount).reduce((sum, count) => sum + count, 0)
  }
}

describe('blind mode beyond the reader', () => {
  const tempDir = useTempDirs()

  it('counts, stats and corpus views show only my work and no one’s on a document not done for me; undo of the done mark hides again', async () => {
    const { core, markDone } = await twoAnnotators(await tempDir())
    try {
      const blind = {
        counts: [
          [2, { actor: 1, place: 1 }],
          [1, { actor: 1 }]
        ],
        perAuthorSent: false,
        statsCount: 3,
        claims: 0,
        entityMentions: 0
      }
      expect(await shown(core)).toEqual(blind)
      await markDone()
      expect(await shown(core)).toEqual({
        counts: [
          [4, { actor: 2, claim: 1, place: 1 }],
          [1, { actor: 1 }]
        ],
        perAuthorSent: false,
        statsCount: 5,
        claims: 1,
        entityMentions: 1
      })
      await core.call('history.undo', {})
      expect(await shown(core)).toEqual(blind)
      await core.call('project.update', { blindMode: false })
      expect(await shown(core)).toMatchObject({ statsCount: 7, claims: 2, entityMentions: 2 })
    } finally {
      core.close()
    }
  })

  it('keeps the views’ index on disk to the same rule, as the done mark and the setting change', async () => {
    const { core, markDone } = await twoAnnotators(await tempDir(), { storedViewsFrom: 1 })
    try {
      expect(await shown(core)).toMatchObject({ claims: 0, entityMentions: 0 })
      await markDone()
      expect(await shown(core)).toMatchObject({ claims: 1, entityMentions: 1 })
      await core.call('project.update', { blindMode: false })
      expect(await shown(core)).toMatchObject({ claims: 2, entityMentions: 2 })
      await core.call('project.update', { blindMode: true })
      await core.call('documents.setDoneForMe', { documentId: (await core.call('documents.list', {}))[0]?.id ?? '', done: false })
      expect(await shown(core)).toMatchObject({ claims: 0, entityMentions: 0 })
    } finally {
      core.close()
    }
  })

  it('exports only my work and no one’s where not done for me, and offers no hidden annotator', async () => {
    const { core, markDone, open } = await twoAnnotators(await tempDir())
    try {
      const authorsIn = async (): Promise<string[][]> => {
        const { content } = await exportFile(core, { format: 'jsonl' })
        // The first line describes the project; each next one is a document.
        const lines = String(content).trim().split('\n').map((line) => JSON.parse(line) as { annotations?: { author: string }[] })
        return lines.flatMap((line) => (line.annotations ? [[...new Set(line.annotations.map((a) => a.author))].sort()] : []))
      }
      expect(await authorsIn()).toEqual([['', 'A'], ['A']])
      expect((await core.call('export.choices', {})).authors).toEqual(['', 'A'])
      await expect(exportFile(core, { format: 'jsonl', authors: ['B'], documents: { ids: [open] } })).rejects.toThrow(/B/)
      await markDone()
      expect(await authorsIn()).toEqual([['', 'A', 'B'], ['A']])
    } finally {
      core.close()
    }
  })

  it('agreement and adjudication use only the documents done for me, naming the others as left out', async () => {
    const { core, markDone, done, open } = await twoAnnotators(await tempDir())
    try {
      await expect(core.call('agreement.compute', {})).rejects.toThrow(/Blind mode hides the other annotators’ work on each of these documents/)
      await expect(core.call('adjudication.review', {})).rejects.toThrow(/Blind mode hides/)
      await markDone()
      const agreement = await core.call('agreement.compute', {})
      expect(agreement.annotators).toEqual(['A', 'B'])
      expect(agreement.sample.documents).toBe(1)
      expect(agreement.documentsLeftOut).toEqual([{ documentId: open, why: 'not-done-for-you', annotators: [] }])
      expect((await core.call('adjudication.review', {})).documents.map((document) => document.documentId)).toEqual([done])
    } finally {
      core.close()
    }
  })

  it('refuses links and relations from or to another annotator’s hidden annotation, and counts only mine in Tag all', async () => {
    const { core, markDone, done } = await twoAnnotators(await tempDir())
    try {
      const whole = async () => {
        await core.call('project.update', { blindMode: false })
        const document = await core.call('documents.get', { documentId: done })
        await core.call('project.update', { blindMode: true })
        return document
      }
      const { annotations } = await whole()
      const ofB = (tag: string) => annotations.find((a) => a.author === 'B' && a.tag === tag)?.id ?? ''
      const mine = annotations.find((a) => a.author === 'A')?.id ?? ''
      const refusal = /Blind mode hides B’s work on “Hama” until you mark it done for you/
      await expect(core.call('entities.link', { documentId: done, annotationId: ofB('actor'), entityId: null })).rejects.toThrow(refusal)
      await expect(core.call('relations.add', { documentId: done, type: 'attributed-to', from: ofB('claim'), to: mine })).rejects.toThrow(refusal)
      expect((await core.call('history.state', {})).canUndo).toBe(true)
      expect((await whole()).relations).toHaveLength(1)
      // B tagged "army" as an actor: Tag all gives me my own, and skips none of B's.
      expect(await core.call('annotations.tagAll', { query: 'army', tag: 'actor', documentId: done })).toMatchObject({ added: 1, skipped: 0 })
      await core.call('history.undo', {})
      await markDone()
      // Done for me: B's span is there to see, and counted (nothing tagged, so nothing to undo).
      expect(await core.call('annotations.tagAll', { query: 'army', tag: 'actor', documentId: done })).toMatchObject({ added: 0, skipped: 1 })
      const linked = await core.call('entities.link', { documentId: done, annotationId: ofB('actor'), entityId: null })
      expect(linked.entityId).toBeNull()
    } finally {
      core.close()
    }
  })
})
