import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import type { Events } from '../shared/contract'
import { listFiles, RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { importTexts } from '../testing/import-texts'
import { useWarmImportWorkers } from '../import/worker/testing'

useWarmImportWorkers()

const V2_PROJECT = fileURLToPath(new URL('../store/fixtures/v2-project', import.meta.url))
const TEXT = 'Hama\nThe army entered Hama on Tuesday; residents fled to حماة.'

/** Everything a window can read of a document's annotations: the whole record, the opening page and the pages after it. */
async function readAnnotations(core: Core, documentId: string) {
  const whole = (await core.call('documents.get', { documentId })).annotations.map((a) => a.author).sort()
  const opening = await core.call('documents.open', { documentId, limit: 1 })
  const paged = [...opening.annotations]
  for (let next = opening.next; next; ) {
    const page = await core.call('documents.annotations', { documentId, after: next, limit: 1 })
    paged.push(...page.annotations)
    next = page.next
  }
  return { whole, paged: paged.map((a) => a.author).sort(), count: opening.annotationCount }
}

describe('blind mode', () => {
  const tempDir = useTempDirs()

  /** A project where B annotated "army" and A then annotates "residents"; A's core is left open. */
  async function twoAnnotators(): Promise<{ core: Core; documentId: string; dir: string }> {
    const dir = await tempDir()
    const asB = await createCore({ projectDir: dir, resourcesDir: dir, author: 'B' })
    const [document] = await importTexts(asB, [{ fileName: 'hama.txt', content: TEXT }])
    if (!document) throw new Error('nothing imported')
    const text = (await asB.call('documents.get', { documentId: document.id })).text
    await asB.call('annotations.create', { documentId: document.id, tag: 'actor', start: text.indexOf('army'), end: text.indexOf('army') + 4 })
    await asB.call('annotations.create', { documentId: document.id, tag: 'place', start: text.indexOf('حماة'), end: text.indexOf('حماة') + 4 })
    asB.close()
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'A' })
    await core.call('annotations.create', { documentId: document.id, tag: 'actor', start: text.indexOf('residents'), end: text.indexOf('residents') + 9 })
    return { core, documentId: document.id, dir }
  }

  it('is off by default: every layer is read', async () => {
    const { core, documentId } = await twoAnnotators()
    try {
      expect((await core.call('project.get', {})).blindMode).toBe(false)
      expect(await readAnnotations(core, documentId)).toEqual({ whole: ['A', 'B', 'B'], paged: ['A', 'B', 'B'], count: 3 })
    } finally {
      core.close()
    }
  })

  it('hides other annotators from every read until I mark the document done for me; undo hides them again', async () => {
    const { core, documentId } = await twoAnnotators()
    try {
      expect((await core.call('project.update', { blindMode: true })).blindMode).toBe(true)
      expect(await readAnnotations(core, documentId)).toEqual({ whole: ['A'], paged: ['A'], count: 1 })

      const summary = await core.call('documents.setDoneForMe', { documentId, done: true })
      expect(summary.doneBy).toEqual(['A'])
      // Done for me is not the document's status (a team's status, set by hand).
      expect(summary.status).toBe('in-progress')
      expect(await readAnnotations(core, documentId)).toEqual({ whole: ['A', 'B', 'B'], paged: ['A', 'B', 'B'], count: 3 })

      await core.call('history.undo', {})
      expect((await core.call('documents.list', {}))[0]?.doneBy).toBeUndefined()
      expect(await readAnnotations(core, documentId)).toEqual({ whole: ['A'], paged: ['A'], count: 1 })
    } finally {
      core.close()
    }
  })

  it('leaves other annotators out of the change events windows hear while blind', async () => {
    const { core, documentId } = await twoAnnotators()
    try {
      // A deletes one of B's spans while not blind, then goes blind: the undo puts B's span back, and its event must not show it.
      const ofB = (await core.call('documents.get', { documentId })).annotations.find((a) => a.author === 'B')
      if (!ofB) throw new Error('B has no annotation')
      await core.call('annotations.delete', { documentId, annotationId: ofB.id })
      await core.call('project.update', { blindMode: true })
      const heard: Events['document.changed'][] = []
      const stop = core.on('document.changed', (change) => heard.push(change))
      await core.call('history.undo', {})
      stop()
      expect(heard).toHaveLength(1)
      expect(heard[0]?.annotationIds).toEqual([ofB.id])
      expect(heard[0]?.annotations).toEqual([])

      await core.call('project.update', { blindMode: false })
      const unblind: Events['document.changed'][] = []
      const stopAgain = core.on('document.changed', (change) => unblind.push(change))
      await core.call('history.redo', {})
      await core.call('history.undo', {})
      stopAgain()
      expect(unblind.at(-1)?.annotations?.map((a) => a.author)).toEqual(['B'])
    } finally {
      core.close()
    }
  })

  it('gives me my own annotation when I tag exactly what another annotator tagged, blind or not (double annotation)', async () => {
    const { core, documentId } = await twoAnnotators()
    try {
      await core.call('project.update', { blindMode: true })
      const { text } = await core.call('documents.get', { documentId })
      const start = text.indexOf('army')
      const mine = await core.call('annotations.create', { documentId, tag: 'actor', start, end: start + 4 })
      expect(mine.author).toBe('A')
      expect(await readAnnotations(core, documentId)).toEqual({ whole: ['A', 'A'], paged: ['A', 'A'], count: 2 })
      // Tagging it again finds mine rather than doubling it.
      expect((await core.call('annotations.create', { documentId, tag: 'actor', start, end: start + 4 })).id).toBe(mine.id)
      await core.call('documents.setDoneForMe', { documentId, done: true })
      expect((await readAnnotations(core, documentId)).whole).toEqual(['A', 'A', 'B', 'B'])
    } finally {
      core.close()
    }
  })

  it('keeps the setting and the done marks across a reopen', async () => {
    const { core, documentId, dir } = await twoAnnotators()
    await core.call('project.update', { blindMode: true })
    await core.call('documents.setDoneForMe', { documentId, done: true })
    core.close()
    const again = await createCore({ projectDir: dir, resourcesDir: dir, author: 'A' })
    try {
      expect((await again.call('project.get', {})).blindMode).toBe(true)
      expect((await readAnnotations(again, documentId)).whole).toEqual(['A', 'B', 'B'])
    } finally {
      again.close()
    }
    const asC = await createCore({ projectDir: dir, resourcesDir: dir, author: 'C' })
    try {
      // Done for A is not done for C.
      expect((await readAnnotations(asC, documentId)).whole).toEqual([])
    } finally {
      asC.close()
    }
  })

  it('opens a project written before it unchanged, with blind mode off, and the marks can be added to it', async () => {
    const dir = join(await tempDir(), 'project')
    await cp(V2_PROJECT, dir, { recursive: true })
    const files = await listFiles(dir)
    const before = await Promise.all(files.map((file) => readFile(join(dir, file))))
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester' })
    try {
      const [document] = await core.call('documents.list', {})
      if (!document) throw new Error('the fixture lists no document')
      expect((await core.call('project.get', {})).blindMode).toBe(false)
      expect(document.doneBy).toBeUndefined()
      expect((await readAnnotations(core, document.id)).count).toBe(5)
      const after = await Promise.all(files.map((file) => readFile(join(dir, file))))
      expect(after).toEqual(before)

      await core.call('project.update', { blindMode: true })
      expect((await readAnnotations(core, document.id)).count).toBe(0)
      await core.call('documents.setDoneForMe', { documentId: document.id, done: true })
      expect((await readAnnotations(core, document.id)).count).toBe(5)
    } finally {
      core.close()
    }
  })
})
