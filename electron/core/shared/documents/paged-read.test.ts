import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../core'
import type { Annotation } from '../model/annotation'
import { seededRandom, useTempDirs } from '../../testing/helpers'
import { inPagingOrder, readInPages } from '../../testing/paged-reading'
import { importTexts } from '../../testing/import-texts'
import { useWarmImportWorkers } from '../../import/worker/testing'

// Imports run in the shared import worker: started once, before the tests, not inside one's time.
useWarmImportWorkers()

const PARAGRAPH = 'Hama 🙂 report: the army 🇸🇾 entered حماة with ١٢ دبابة and 1,300 men 👩🏽‍⚕️, officials said.'

describe('a document read in pages', () => {
  const tempDir = useTempDirs()

  async function coreWithSpans(count: number, seed: number): Promise<{ core: Core; documentId: string }> {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    const content = `Paged 🙂\r\n\r\n${Array.from({ length: 40 }, () => PARAGRAPH).join('\r\n\r\n')}`
    const [summary] = await importTexts(core, [{ fileName: 'paged.txt', content }])
    const documentId = summary?.id ?? ''
    const { text } = await core.call('documents.get', { documentId })
    const random = seededRandom(seed)
    // Many spans share a start, some share start and end: the order needs its id tie-break to page exactly.
    for (let i = 0; i < count; i += 1) {
      const start = Math.floor(random() * 60) * 7
      const length = 1 + Math.floor(random() * 3) * 5
      const end = Math.min(text.length, start + length)
      await core.call('annotations.create', { documentId, tag: ['claim', 'actor', 'place', 'figure'][i % 4] ?? 'claim', start, end }).catch(() => undefined)
    }
    return { core, documentId }
  }

  it('gives byte-identical text and the same annotations as one read, whatever the page size', async () => {
    const { core, documentId } = await coreWithSpans(230, 7)
    const whole = await core.call('documents.get', { documentId })
    expect(whole.annotations.length).toBeGreaterThan(150)
    for (const limit of [1, 7, 100, whole.annotations.length, 10_000]) {
      const { record, pages } = await readInPages(core, documentId, limit)
      expect(record.text).toBe(whole.text)
      expect(record).toEqual(inPagingOrder(whole))
      expect(pages).toBe(Math.max(1, Math.ceil(whole.annotations.length / limit)))
    }
    core.close()
  })

  it('gives each annotation once in reading order, the longer span first at one start', async () => {
    const { core, documentId } = await coreWithSpans(120, 11)
    const { record } = await readInPages(core, documentId, 9)
    const ids = record.annotations.map((a) => a.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (let i = 1; i < record.annotations.length; i += 1) {
      const [a, b] = [record.annotations[i - 1] as Annotation, record.annotations[i] as Annotation]
      expect(a.start < b.start || (a.start === b.start && a.end >= b.end)).toBe(true)
    }
    core.close()
  })

  it('rejects a page size beyond the limit and a cursor with a negative offset, naming the field', async () => {
    const { core, documentId } = await coreWithSpans(3, 3)
    await expect(core.call('documents.open', { documentId, limit: 1_000_000 })).rejects.toThrow(/limit/)
    await expect(core.call('documents.annotations', { documentId, after: { start: -1, end: 2, id: 'x' }, limit: 5 })).rejects.toThrow(/after\.start/)
    await expect(core.call('documents.open', { documentId: 'no-such-document', limit: 5 })).rejects.toMatchObject({ code: 'not-found' })
    core.close()
  })
})
