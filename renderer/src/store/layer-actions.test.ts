import { afterEach, describe, expect, it } from 'vitest'
import { createCore } from '@core/core'
import { useTempDirs } from '@core/testing/helpers'
import { createTranslator } from '@core/shared/i18n/translator'
import type { ApiClient } from '../api/client'
import { createActions } from './actions'
import { ProjectStore } from './project-store'

const TEXT = 'The army entered Hama on Monday. Rebels denied it.'

function storage(): void {
  if ('localStorage' in globalThis) return
  const items = new Map<string, string>()
  const fake: Pick<Storage, 'getItem' | 'setItem'> = { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) }
  Object.assign(globalThis, { localStorage: fake })
}

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in 5 s')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** Omar tagged "army" in the project; then Rana opens it in a project store, as the workbench does. */
async function twoAnnotators(dir: string) {
  storage()
  const asOmar = await createCore({ projectDir: dir, resourcesDir: dir, author: 'Omar' })
  await asOmar.call('import.files', { files: [{ name: 'hama.txt', base64: Buffer.from(TEXT).toString('base64') }] })
  const [listed] = await asOmar.call('documents.list', {})
  if (!listed) throw new Error('nothing imported')
  const text = (await asOmar.call('documents.get', { documentId: listed.id })).text
  const omars = await asOmar.call('annotations.create', { documentId: listed.id, tag: 'actor', start: text.indexOf('army'), end: text.indexOf('army') + 4 })
  asOmar.close()
  const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'Rana' })
  const calls: string[] = []
  const client: Pick<ApiClient, 'call' | 'on'> = {
    call: (method, input) => {
      calls.push(method)
      return core.call(method, input)
    },
    on: (event, listener) => core.on(event, listener)
  }
  const store = new ProjectStore(client, createTranslator('en'), { pause: () => Promise.resolve() })
  const actions = createActions(store, client)
  const stop = store.connect()
  await until(() => store.getState().projectLoaded && !store.getState().documentLoading)
  return { core, store, actions, stop, calls, documentId: listed.id, omars, text }
}

const authorsShown = (store: ProjectStore) => (store.getState().document?.annotations ?? []).map((a) => a.author).sort()

describe('layers in the project store', () => {
  const tempDir = useTempDirs()
  const cleanups: (() => void)[] = []
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

  async function open() {
    const project = await twoAnnotators(await tempDir())
    cleanups.push(() => {
      project.stop()
      project.core.close()
    })
    return project
  }

  it('refuses to retag, delete, resize or annotate another annotator’s highlight, saying why, and sends nothing', async () => {
    const { store, actions, calls, documentId, omars, core } = await open()
    const before = calls.length
    expect(await actions.setAnnotationTag(omars.id, 'place')).toBe(false)
    expect(store.getState().notice).toEqual({ kind: 'info', text: 'This is Omar’s annotation: it is read-only for you. Only its author changes it.' })
    expect(await actions.deleteAnnotation(omars.id)).toBe(false)
    expect(await actions.setNote(documentId, omars.id, 'mine now')).toBe(false)
    expect(await actions.setAttribute(documentId, omars.id, 'type', 'armed forces')).toBe(false)
    actions.resizeAnnotation(omars.id, { start: 0, end: 8 })
    expect(calls.slice(before)).toEqual([])
    expect((await core.call('documents.get', { documentId })).annotations).toEqual([omars])
    // My own stay editable.
    expect(await actions.createAnnotation('place', { start: TEXT.indexOf('Hama'), end: TEXT.indexOf('Hama') + 4 })).toBe(true)
    const mine = store.getState().document?.annotations.find((a) => a.author === 'Rana')
    expect(mine && (await actions.setAnnotationTag(mine.id, 'actor'))).toBe(true)
  })

  it('keeps the layer choice: every layer first, then one hidden, then every layer again', async () => {
    const { store, actions } = await open()
    expect(store.getState().layers).toEqual({ annotators: null, style: 'colour' })
    actions.toggleLayer('Omar')
    expect(store.getState().layers.annotators).toEqual(['Rana'])
    actions.setLayerStyle('faint')
    actions.toggleLayer('Omar')
    expect(store.getState().layers).toEqual({ annotators: null, style: 'faint' })
  })

  it('L cycles every layer, mine alone, then each other annotator’s alone, and says what is shown', async () => {
    const { store, actions } = await open()
    const shown: [readonly string[] | null, string | undefined][] = []
    for (let press = 0; press < 4; press += 1) {
      actions.cycleLayers()
      shown.push([store.getState().layers.annotators, store.getState().notice?.text])
      expect(authorsShown(store)).toEqual(['Omar'])
    }
    expect(shown).toEqual([
      [['Rana'], 'Showing my layer alone'],
      [['Omar'], 'Showing Omar’s layer alone (read-only)'],
      [null, 'Showing every layer'],
      [['Rana'], 'Showing my layer alone']
    ])
    // A hand-picked choice of several goes to mine alone first.
    actions.showLayers({ annotators: ['Omar', 'Rana'], style: 'colour' })
    actions.cycleLayers()
    expect(store.getState().layers.annotators).toEqual(['Rana'])
  })

  it('in blind mode holds only my layer until I mark the document done for me, and again after an undo', async () => {
    const { store, actions, documentId, core } = await open()
    expect(authorsShown(store)).toEqual(['Omar'])
    expect(await actions.setBlindMode(true)).toBe(true)
    expect(store.getState().project?.blindMode).toBe(true)
    expect(authorsShown(store)).toEqual([])

    expect(await actions.setDoneForMe(documentId, true)).toBe(true)
    await until(() => authorsShown(store).length === 1)
    expect(store.getState().document?.doneBy).toEqual(['Rana'])

    await core.call('history.undo', {})
    await until(() => authorsShown(store).length === 0)
    expect(store.getState().document?.doneBy ?? []).toEqual([])
  })
})
