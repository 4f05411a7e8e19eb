import { afterEach, describe, expect, it } from 'vitest'
import { useTempDirs } from '@core/testing/helpers'
import { withPendingChanges } from './pending-annotations'
import { saveStatus } from './save-status'
import { createCore, type Core } from '@core/core'
import type { Method } from '@core/shared/contract'
import { sayHistory } from '@core/shared/i18n/history-message'
import { createTranslator } from '@core/shared/i18n/translator'
import type { ApiClient } from '../api/client'
import { createActions } from './actions'
import { ProjectStore, type ProjectState } from './project-store'

/** A client over a core in this process that can hold the next call of a method and then fail it. */
interface TestClient extends Pick<ApiClient, 'call' | 'on'> {
  calls: string[]
  /** The next call of `method` waits for `release()`, then fails with `message` (as a full disk would). */
  failNext(method: Method, message: string): { release(): void }
}

function testClient(core: Core): TestClient {
  const calls: string[] = []
  const failures = new Map<string, { message: string; held: Promise<void> }>()
  return {
    calls,
    call: async (method, input) => {
      calls.push(method)
      const failure = failures.get(method)
      if (failure) {
        failures.delete(method)
        await failure.held
        throw new Error(failure.message)
      }
      return core.call(method, input)
    },
    on: (event, listener) => core.on(event, listener),
    failNext(method, message) {
      let release = (): void => undefined
      failures.set(method, { message, held: new Promise<void>((resolve) => (release = resolve)) })
      return { release: () => release() }
    }
  }
}

const TEXT = 'The army entered Hama on Monday. Rebels denied it.'

/** The browser's localStorage where tests run in Node (the store remembers the last document opened). */
function ensureLocalStorage(): void {
  if ('localStorage' in globalThis) return
  const items = new Map<string, string>()
  const storage: Pick<Storage, 'getItem' | 'setItem'> = { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) }
  Object.assign(globalThis, { localStorage: storage })
}

/** A project with one document, opened in a project store the way the workbench opens it. */
async function openTestProject(dir: string) {
  ensureLocalStorage()
  const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
  await core.call('import.files', { files: [{ name: 'hama.txt', base64: Buffer.from(TEXT).toString('base64') }] })
  const client = testClient(core)
  const store = new ProjectStore(client, createTranslator('en'), { pause: () => Promise.resolve() })
  const actions = createActions(store, client)
  const stop = store.connect()
  await until(() => store.getState().document !== null && !store.getState().documentLoading)
  const document = store.getState().document
  if (!document) throw new Error('no document opened')
  return { core, client, store, actions, stop, documentId: document.id, text: TEXT }
}

/** Waits (a few event-loop turns at a time) until `check` holds; fails after 5 s. */
async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in 5 s')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

const english = createTranslator('en')

const shownNote = (state: ProjectState, id: string) => withPendingChanges(state.document?.annotations ?? [], state.pending).find((a) => a.id === id)?.note

describe('every change goes through the actions: counted in Saving…, drawn pending, rolled back with a message', () => {
  const tempDir = useTempDirs()
  const stops: (() => void)[] = []
  afterEach(() => stops.splice(0).forEach((stop) => stop()))

  async function withAnnotation() {
    const project = await openTestProject(await tempDir())
    stops.push(project.stop)
    expect(await project.actions.createAnnotation('place', { start: 17, end: 21 })).toBe(true)
    const annotation = project.store.getState().document?.annotations[0]
    if (!annotation) throw new Error('no annotation')
    await project.actions.setNote(project.documentId, annotation.id, 'first note')
    await until(() => project.store.getState().document?.annotations[0]?.note === 'first note')
    return { ...project, annotationId: annotation.id }
  }

  it('a note being saved shows as pending and in the top bar; its failure rolls back to the stored note with a notice', async () => {
    const { client, store, actions, documentId, annotationId } = await withAnnotation()
    const write = client.failNext('annotations.setNote', 'disk full')
    const saving = actions.setNote(documentId, annotationId, 'second note')
    expect(saveStatus(english, store.getState()).text).toBe('Saving…')
    expect(shownNote(store.getState(), annotationId)).toBe('second note')

    write.release()
    expect(await saving).toBe(false)
    const state = store.getState()
    expect(state.writesInFlight).toBe(0)
    expect(saveStatus(english, state).state).toBe('saved')
    expect(shownNote(state, annotationId)).toBe('first note')
    expect(state.notice).toEqual({ kind: 'error', text: 'The note was not saved; it shows what is stored: disk full' })
  })

  it('a status, an attribute and a resize are counted while in flight and reported when they fail', async () => {
    const { client, store, actions, documentId, annotationId } = await withAnnotation()
    const status = client.failNext('documents.setStatus', 'read-only folder')
    const setting = actions.setStatus(documentId, 'done')
    expect(store.getState().writesInFlight).toBe(1)
    status.release()
    expect(await setting).toBe(false)
    expect(store.getState().notice?.text).toBe('The status was not saved: read-only folder')

    const resize = client.failNext('annotations.resize', 'read-only folder')
    actions.resizeAnnotation(annotationId, { start: 17, end: 24 })
    expect(saveStatus(english, store.getState()).text).toBe('Saving…')
    resize.release()
    await until(() => store.getState().writesInFlight === 0)
    expect(store.getState().notice?.text).toBe('The annotation was not resized: read-only folder')
    expect(store.getState().document?.annotations[0]).toMatchObject({ start: 17, end: 21 })

    const attribute = client.failNext('annotations.setAttribute', 'read-only folder')
    const attributing = actions.setAttribute(documentId, annotationId, 'certainty', 'high')
    expect(store.getState().writesInFlight).toBe(1)
    attribute.release()
    expect(await attributing).toBe(false)
    expect(store.getState().notice?.text).toBe('The value was not saved; it shows what is stored: read-only folder')
    expect(withPendingChanges(store.getState().document?.annotations ?? [], store.getState().pending)[0]?.attributes).toEqual({})
  })

  it('a failure is told in the language shown when the write was asked, the core’s reason after it', async () => {
    const { client, store, actions, documentId } = await withAnnotation()
    store.setTranslator(createTranslator('ar'))
    const status = client.failNext('documents.setStatus', 'read-only folder')
    const setting = actions.setStatus(documentId, 'done')
    expect(saveStatus(store.translator(), store.getState()).text).toBe('جارٍ الحفظ…')
    status.release()
    expect(await setting).toBe(false)
    expect(store.getState().notice).toEqual({ kind: 'error', text: 'لم تُحفظ الحالة: read-only folder' })
  })

  it('an undo and a redo are told in the language shown: the English words as before, Arabic with the quote isolated', async () => {
    const { store, actions } = await withAnnotation()
    actions.moveInHistory('undo')
    await until(() => store.getState().notice?.text === 'Undone: edit the note on ‘Hama’')
    store.setTranslator(createTranslator('ar'))
    actions.moveInHistory('redo')
    await until(() => store.getState().historyMoves === 0 && store.getState().notice?.text !== 'Undone: edit the note on ‘Hama’')
    expect(store.getState().notice).toEqual({ kind: 'info', text: 'تمت إعادة تعديل الملاحظة على «\u2068Hama\u2069»' })
    // What the Undo button's tooltip says, once the core's history event is in.
    await until(() => store.getState().history.undoLabel === 'Undo edit the note on ‘Hama’')
    const undo = store.getState().history.undoMessage
    expect(undo && sayHistory(store.translator(), undo)).toBe('تراجع عن تعديل الملاحظة على «\u2068Hama\u2069»')
  })

  it('a note that is saved is counted until the core has it, and the list and document follow the one event', async () => {
    const { store, actions, documentId, annotationId } = await withAnnotation()
    const saving = actions.setNote(documentId, annotationId, 'kept')
    expect(store.getState().writesInFlight).toBe(1)
    expect(await saving).toBe(true)
    expect(store.getState().writesInFlight).toBe(0)
    await until(() => store.getState().document?.annotations[0]?.note === 'kept')
    expect(store.getState().documents.find((d) => d.id === documentId)?.annotationCount).toBe(1)
  })
})