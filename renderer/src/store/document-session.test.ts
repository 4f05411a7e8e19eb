import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '@core/core'
import { compareReadingOrder } from '@core/shared/model/reading-order'
import type { DocumentRecord } from '@core/shared/model/document'
import { seededRandom, useTempDirs } from '@core/testing/helpers'
import type { ApiClient } from '../api/client'
import { DocumentSession } from './document-session'
import { importTexts } from '../../../electron/core/testing/import-texts'

const PARAGRAPH = 'The army 🇸🇾 entered حماة with ١٢ دبابة and 1,300 men 👩🏽‍⚕️; rebels denied it.'
const TAGS = ['claim', 'actor', 'place', 'figure']

function sorted(document: DocumentRecord): DocumentRecord {
  return { ...document, annotations: [...document.annotations].sort(compareReadingOrder) }
}

/** The renderer's client over a core in this process: the same methods and events the shells carry. */
function clientOf(core: Core, calls: string[] = []): Pick<ApiClient, 'call' | 'on'> {
  return {
    call: (method, input) => {
      calls.push(method)
      return core.call(method, input)
    },
    on: (event, listener) => core.on(event, listener)
  }
}

/** A command another window might run on the document: create, retag, resize, delete, status, undo, redo. */
async function randomCommand(core: Core, documentId: string, text: string, random: () => number): Promise<void> {
  const pick = <T,>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)]
  const { annotations } = await core.call('documents.get', { documentId })
  const target = pick(annotations)
  const start = Math.floor(random() * (text.length - 12))
  const choice = Math.floor(random() * 8)
  const run: Promise<unknown> =
    choice <= 2 || !target
      ? core.call('annotations.create', { documentId, tag: pick(TAGS) ?? 'claim', start, end: start + 1 + Math.floor(random() * 10) })
      : choice === 3
        ? core.call('annotations.setTag', { documentId, annotationId: target.id, tag: pick(TAGS) ?? 'actor' })
        : choice === 4
          ? core.call('annotations.resize', { documentId, annotationId: target.id, start, end: start + 3 })
          : choice === 5
            ? core.call('annotations.delete', { documentId, annotationId: target.id })
            : choice === 6
              ? core.call('documents.setStatus', { documentId, status: pick(['in-progress', 'done'] as const) ?? 'done' })
              : core.call(random() < 0.5 ? 'history.undo' : 'history.redo', {})
  await run.catch(() => undefined)
}

describe('the open document, read in slices and patched from events', () => {
  const tempDir = useTempDirs()

  async function setUp(spans: number, seed: number) {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    const content = `Live 🙂\r\n\r\n${Array.from({ length: 30 }, () => PARAGRAPH).join('\r\n\r\n')}`
    const [summary] = await importTexts(core, [{ fileName: 'live.txt', content }])
    const documentId = summary?.id ?? ''
    const { text } = await core.call('documents.get', { documentId })
    const random = seededRandom(seed)
    for (let i = 0; i < spans; i += 1) await randomCommand(core, documentId, text, () => Math.min(random(), 0.3))
    return { core, documentId, text, random }
  }

  it('shows the text first, then every annotation, equal to one whole read', async () => {
    const { core, documentId } = await setUp(40, 1)
    const shown: { count: number; loading: boolean }[] = []
    const session = new DocumentSession(clientOf(core), (document, loading) => shown.push({ count: document?.annotations.length ?? -1, loading }), (error) => {
      throw error
    }, { firstPage: 5, page: 7, pause: () => Promise.resolve() })
    const disconnect = core.on('document.changed', (change) => session.receive(change))
    await session.open(documentId)
    const whole = await core.call('documents.get', { documentId })
    expect(session.document).toEqual(sorted(whole))
    expect(session.document?.text).toBe(whole.text)
    expect(shown[0]).toEqual({ count: 5, loading: true })
    expect(shown.at(-1)).toEqual({ count: whole.annotations.length, loading: false })
    disconnect()
    core.close()
  })

  it('equals a fresh read after random commands, also those run while the slices were still coming', async () => {
    for (const seed of [2, 3, 4, 5]) {
      const { core, documentId, text, random } = await setUp(60, seed)
      const calls: string[] = []
      const session = new DocumentSession(clientOf(core, calls), () => undefined, (error) => {
        throw error
      }, { firstPage: 2, page: 3, pause: () => randomCommand(core, documentId, text, random) })
      const disconnect = core.on('document.changed', (change) => session.receive(change))
      await session.open(documentId)
      for (let i = 0; i < 40; i += 1) await randomCommand(core, documentId, text, random)
      await core.whenIdle()
      expect(session.document).toEqual(sorted(await core.call('documents.get', { documentId })))
      // Patched, never read again: one opening, then pages only.
      expect(calls.filter((method) => method === 'documents.open')).toHaveLength(1)
      expect(calls.filter((method) => method === 'documents.annotations').length).toBeGreaterThan(3)
      disconnect()
      core.close()
    }
  })

  it('reads the whole document again when it misses an event', async () => {
    const { core, documentId, text, random } = await setUp(10, 6)
    let drop = false
    const client: Pick<ApiClient, 'call' | 'on'> = {
      call: (method, input) => core.call(method, input),
      on: (event, listener) => {
        if (event !== 'document.changed') return () => undefined
        return core.on('document.changed', (change) => {
          if (!drop) listener(change as never)
        })
      }
    }
    const session = new DocumentSession(client, () => undefined, (error) => {
      throw error
    }, { pause: () => Promise.resolve() })
    const disconnect = client.on('document.changed', (change) => session.receive(change))
    await session.open(documentId)
    drop = true
    await core.call('annotations.create', { documentId, tag: 'place', start: 12, end: 16 })
    drop = false
    await randomCommand(core, documentId, text, random)
    await core.call('annotations.create', { documentId, tag: 'actor', start: 20, end: 25 })
    await session.whenSettled()
    expect(session.document).toEqual(sorted(await core.call('documents.get', { documentId })))
    disconnect()
    core.close()
  })

  it('holds change events while a write of its own awaits its answer, then applies them', async () => {
    const { core, documentId } = await setUp(5, 8)
    const session = new DocumentSession(clientOf(core), () => undefined, (error) => {
      throw error
    }, { pause: () => Promise.resolve() })
    const disconnect = core.on('document.changed', (change) => session.receive(change))
    await session.open(documentId)
    const before = session.document
    session.beginWrite()
    const created = await core.call('annotations.create', { documentId, tag: 'place', start: 12, end: 16 })
    await core.call('documents.setStatus', { documentId, status: 'done' })
    // Announced, but not shown until the write's answer is in: it would be drawn twice (pending and stored) otherwise.
    expect(session.document).toBe(before)
    session.update(documentId, (record) => ({ ...record, annotations: [...record.annotations, created].sort(compareReadingOrder) }))
    session.endWrite()
    expect(session.document).toEqual(sorted(await core.call('documents.get', { documentId })))
    disconnect()
    core.close()
  })
})
