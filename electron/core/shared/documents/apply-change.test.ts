import { describe, expect, it } from 'vitest'
import type { Events } from '../contract'
import { createCore, type Core } from '../../core'
import type { DocumentRecord } from '../model/document'
import { seededRandom, useTempDirs } from '../../testing/helpers'
import { inPagingOrder, readInPages } from '../../testing/paged-reading'
import { applyDocumentChange } from './apply-change'
import { importTexts } from '../../testing/import-texts'
import { useWarmImportWorkers } from '../../import/worker/testing'

// Imports run in the shared import worker: started once, before the tests, not inside one's time.
useWarmImportWorkers()

const CONTENT = [
  'Hama 🙂 report',
  'The army 🇸🇾 entered حماة with ١٢ دبابة and 1,300 men, officials said.\r\nA second line, 👩🏽‍⚕️ medics.',
  'Rebels said the army left Hama; the ministry denied it. Hama, again: 40 dead.'
].join('\r\n\r\n')
const TAGS = ['claim', 'actor', 'place', 'figure']

type Step = (core: Core, documentId: string, text: string, pick: <T>(items: readonly T[]) => T | undefined, random: () => number) => Promise<unknown>

/** Every kind of command a window may see announced for the open document, from this or another window. */
const STEPS: Step[] = [
  (core, documentId, text, pick, random) => {
    const start = Math.floor(random() * (text.length - 2))
    return core.call('annotations.create', { documentId, tag: pick(TAGS) ?? 'claim', start, end: start + 1 + Math.floor(random() * 12), snap: random() < 0.5 ? 'words' : 'exact' })
  },
  async (core, documentId, _text, pick) => {
    const target = pick((await core.call('documents.get', { documentId })).annotations)
    return target && core.call('annotations.setTag', { documentId, annotationId: target.id, tag: pick(TAGS) ?? 'actor' })
  },
  async (core, documentId, _text, pick) => {
    const target = pick((await core.call('documents.get', { documentId })).annotations)
    return target && core.call('annotations.delete', { documentId, annotationId: target.id })
  },
  async (core, documentId, text, pick, random) => {
    const target = pick((await core.call('documents.get', { documentId })).annotations)
    const start = Math.floor(random() * (text.length - 3))
    return target && core.call('annotations.resize', { documentId, annotationId: target.id, start, end: start + 2 })
  },
  async (core, documentId, _text, pick) => {
    const target = pick((await core.call('documents.get', { documentId })).annotations)
    return target && core.call('annotations.setNote', { documentId, annotationId: target.id, note: 'line one\nline two 🙂' })
  },
  (core, documentId, _text, pick) => core.call('documents.setStatus', { documentId, status: pick(['not-started', 'in-progress', 'done'] as const) ?? 'done' }),
  (core, documentId, _text, _pick, random) => core.call('documents.updateMetadata', { documentId, changes: { title: `Title ${Math.floor(random() * 100)} حماة` } }),
  (core, documentId, _text, pick) => core.call('annotations.tagAll', { documentId, query: pick(['Hama', 'army', '🙂']) ?? 'Hama', tag: pick(TAGS) ?? 'place' }),
  async (core, documentId, _text, pick) => {
    const { annotations } = await core.call('documents.get', { documentId })
    const from = pick(annotations.filter((a) => a.tag === 'claim'))
    const to = pick(annotations.filter((a) => a.tag === 'actor'))
    return from && to && core.call('relations.add', { documentId, type: 'attributed-to', from: from.id, to: to.id })
  },
  async (core, documentId, _text, pick) => {
    const relation = pick((await core.call('documents.get', { documentId })).relations)
    return relation && core.call('relations.remove', { documentId, relationId: relation.id })
  },
  async (core, documentId, _text, pick) => {
    const target = pick((await core.call('documents.get', { documentId })).annotations.filter((a) => a.tag === 'actor' || a.tag === 'place'))
    return target && core.call('entities.create', { documentId, annotationId: target.id })
  },
  (core) => core.call('history.undo', {}),
  (core) => core.call('history.redo', {})
]

describe('a window’s copy patched from document.changed', () => {
  const tempDir = useTempDirs()

  it('equals a fresh read after a random sequence of commands (many seeds)', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const dir = await tempDir()
      const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
      const [summary] = await importTexts(core, [{ fileName: 'live.txt', content: CONTENT }])
      const documentId = summary?.id ?? ''
      const random = seededRandom(seed)
      const pick = <T,>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)]
      const events: Events['document.changed'][] = []
      core.on('document.changed', (payload) => {
        if (payload.documentId === documentId) events.push(payload)
      })
      const { text } = await core.call('documents.get', { documentId })
      // Start from a copy read in pages part-way through, as a window that opens the document late would.
      let copy: DocumentRecord | null = null
      let revision = 0
      for (let step = 0; step < 60; step += 1) {
        if (step === 20) ({ record: copy, revision } = await readInPages(core, documentId, 3))
        await (pick(STEPS) ?? STEPS[0])?.(core, documentId, text, pick, random).catch(() => undefined)
      }
      if (!copy) throw new Error('no copy read')
      const later = events.filter((event) => event.revision > revision)
      expect(later.length).toBeGreaterThan(10)
      for (const [index, event] of later.entries()) {
        expect(event.revision).toBe(revision + index + 1)
        const patched: DocumentRecord | null = applyDocumentChange(copy, event)
        if (!patched) throw new Error(`revision ${event.revision} could not be applied`)
        copy = patched
      }
      expect(copy).toEqual(inPagingOrder(await core.call('documents.get', { documentId })))
      core.close()
    }
  })

  it('is unchanged by an event applied twice, and asks for a fresh read when the event carries no annotations', async () => {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    const [summary] = await importTexts(core, [{ fileName: 'twice.txt', content: CONTENT }])
    const documentId = summary?.id ?? ''
    const events: Events['document.changed'][] = []
    core.on('document.changed', (payload) => events.push(payload))
    const { record } = await readInPages(core, documentId, 2)
    await core.call('annotations.create', { documentId, tag: 'place', start: 0, end: 4 })
    const [created] = events
    if (!created) throw new Error('no event')
    const once = applyDocumentChange(record, created)
    expect(once && applyDocumentChange(once, created)).toEqual(once)
    expect(once).toEqual(inPagingOrder(await core.call('documents.get', { documentId })))
    expect(applyDocumentChange(record, { ...created, annotations: undefined })).toBeNull()
    core.close()
  })
})
