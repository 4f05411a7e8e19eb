// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import type { DocumentRecord } from '@core/shared/model/document'
import type { ApiClient } from '../api/client'
import { createActions } from '../store/actions'
import { provisionalAnnotation } from '../store/pending-annotations'
import { ProjectStore } from '../store/project-store'
import { dispatchKey, isTyping, type KeyCommands } from './dispatcher'

// jsdom has no CSS.escape; the ids here need no escaping.
if (typeof globalThis.CSS?.escape !== 'function') Object.assign(globalThis, { CSS: { escape: (value: string) => value } })

const TEXT = 'The army entered Mount Zain Al Abidin on Monday.'

/** A workbench with one document and one annotation ("Mount Zain") selected; calls are recorded, never answered. */
function workbench() {
  const calls: { method: string; input: unknown }[] = []
  const client: Pick<ApiClient, 'call' | 'on'> = {
    call: (method, input) => {
      calls.push({ method, input })
      return new Promise(() => undefined)
    },
    on: () => () => undefined
  }
  const store = new ProjectStore(client, createTranslator('en'))
  const actions = createActions(store, client)
  const annotation = provisionalAnnotation('a1', 'place', TEXT, { start: 17, end: 27 })
  const document: DocumentRecord = {
    schemaVersion: 2,
    id: 'd1',
    title: 'Hama',
    source: '',
    author: '',
    date: null,
    url: '',
    language: '',
    importedFrom: 'hama.txt',
    importedAt: new Date().toISOString(),
    status: 'in-progress',
    text: TEXT,
    annotations: [annotation],
    relations: []
  }
  store.set({ document, selectedAnnotationId: 'a1' })
  let undos = 0
  // As the workbench registers them: Escape with the details closed clears the selection.
  const commands: Partial<KeyCommands> = {
    escape: () => actions.selectAnnotation(null),
    undo: () => (undos += 1),
    moveToAnnotation: () => undefined
  }
  const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = window.document.body) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
    target.dispatchEvent(event)
    return dispatchKey(event, commands, { store, actions })
  }
  /** The resizes sent to the core (they leave through a queue: let it run first). */
  const resizes = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0))
    return calls.filter((call) => call.method === 'annotations.resize')
  }
  return { store, press, resizes, undos: () => undos }
}

afterEach(() => {
  window.document.body.innerHTML = ''
})

describe('the keyboard dispatcher decides by focus and by what is selected at the key press', () => {
  it('Shift+→ moves the selected annotation’s end by a word', async () => {
    const { press, resizes } = workbench()
    expect(press('ArrowRight', { shiftKey: true })).toBe(true)
    expect(await resizes()).toEqual([{ method: 'annotations.resize', input: { documentId: 'd1', annotationId: 'a1', start: 17, end: 30 } }])
  })

  it('a keyboard resize is said and shown: the notice names the tag, the new span and its moved edge', () => {
    const { store, press } = workbench()
    store.set({ tags: [{ id: 'place', label: 'Place', color: '#0369a1', key: '3', attributes: [] }] })
    press('ArrowRight', { shiftKey: true })
    expect(store.getState().notice).toEqual({ kind: 'info', text: "Place: 'Mount Zain Al' now ends at 'Al'" })
    press('ArrowRight', { shiftKey: true, altKey: true })
    expect(store.getState().notice?.text).toBe("Place: 'Zain Al' now starts at 'Zain'")
  })

  it('Escape that cleared the selection, then Shift+→ at once: nothing is resized', async () => {
    const { store, press, resizes } = workbench()
    press('Escape')
    expect(store.getState().selectedAnnotationId).toBeNull()
    expect(press('ArrowRight', { shiftKey: true })).toBe(false)
    expect(press('ArrowLeft', { shiftKey: true, altKey: true })).toBe(false)
    expect(await resizes()).toEqual([])
  })

  it('keys typed into editable text are the text’s: no resize, no tag, no undo of the project', async () => {
    const { store, press, resizes, undos } = workbench()
    store.set({ tags: [{ id: 'place', label: 'Place', color: '#0369a1', key: '3', attributes: [] }] })
    const editable = window.document.createElement('div')
    editable.setAttribute('contenteditable', 'true')
    const inner = window.document.createElement('span')
    editable.append(inner)
    window.document.body.append(editable)
    expect(isTyping(inner)).toBe(true)
    expect(press('ArrowRight', { shiftKey: true }, inner)).toBe(false)
    expect(press('z', { ctrlKey: true }, inner)).toBe(false)
    expect(press('3', {}, inner)).toBe(false)
    expect(await resizes()).toEqual([])
    expect(undos()).toBe(0)
    const field = window.document.createElement('textarea')
    window.document.body.append(field)
    expect(press('Escape', {}, field)).toBe(false)
    expect(store.getState().selectedAnnotationId).toBe('a1')
  })

  it('a pending annotation is not resized (its stored span is not known yet)', async () => {
    const { store, press, resizes } = workbench()
    store.set({ pending: new Map([['a1', { kind: 'retag', write: 1, tag: 'actor' }]]) })
    expect(press('ArrowRight', { shiftKey: true })).toBe(false)
    expect(await resizes()).toEqual([])
  })

  it('Delete in the document list (a row or its checkbox) deletes documents, never the selected annotation; elsewhere the annotation', () => {
    const { store } = workbench()
    const actions = createActions(store, { call: () => new Promise(() => undefined) })
    const done: string[] = []
    const commands: Partial<KeyCommands> = { deleteDocuments: () => done.push('documents'), deleteSelected: () => done.push('annotation') }
    const scroller = window.document.createElement('div')
    scroller.className = 'document-scroller'
    scroller.innerHTML = '<ul><li data-document-id="d1"><input type="checkbox"><button class="document-item">Hama</button></li></ul>'
    window.document.body.append(scroller)
    const keyAt = (target: Element, key = 'Delete') => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
      target.dispatchEvent(event)
      return dispatchKey(event, commands, { store, actions })
    }
    expect(keyAt(scroller.querySelector('button') as Element)).toBe(true)
    expect(keyAt(scroller.querySelector('input') as Element, 'Backspace')).toBe(true)
    expect(done).toEqual(['documents', 'documents'])
    expect(keyAt(window.document.body)).toBe(true)
    expect(done).toEqual(['documents', 'documents', 'annotation'])
    expect(isTyping(scroller.querySelector('input'))).toBe(false)
  })

  it('while the Review view is shown, a digit decides instead of tagging; ↓ / ↑ move only from inside the view', () => {
    const { store } = workbench()
    store.set({ tags: [{ id: 'place', label: 'Place', color: '#0369a1', key: '3', attributes: [] }] })
    const actions = createActions(store, { call: () => new Promise(() => undefined) })
    const done: string[] = []
    const workbenchKeys: Partial<KeyCommands> = { applyTag: (tag) => done.push(`tag ${tag}`) }
    const reviewKeys: Partial<KeyCommands> = {
      ...workbenchKeys,
      moveToDisagreement: (step) => done.push(`move ${step}`),
      acceptVersion: (annotator) => done.push(`accept ${annotator}`),
      mergeVersions: () => done.push('merge'),
      acceptNone: () => done.push('none')
    }
    const view = window.document.createElement('div')
    view.className = 'review-view'
    view.innerHTML = '<button>Accept</button><input type="text">'
    window.document.body.append(view)
    const keyAt = (commands: Partial<KeyCommands>, key: string, target: Element = window.document.body) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
      target.dispatchEvent(event)
      return dispatchKey(event, commands, { store, actions })
    }
    const button = view.querySelector('button') as Element
    expect(keyAt(workbenchKeys, '3')).toBe(true)
    expect(keyAt(reviewKeys, '3', button)).toBe(true)
    expect(keyAt(reviewKeys, '0', button)).toBe(true)
    expect(keyAt(reviewKeys, 'm', button)).toBe(true)
    expect(keyAt(reviewKeys, 'j')).toBe(true)
    expect(keyAt(reviewKeys, 'ArrowUp', button)).toBe(true)
    expect(keyAt(reviewKeys, 'ArrowDown')).toBe(false)
    expect(keyAt(reviewKeys, '2', view.querySelector('input') as Element)).toBe(false)
    expect(done).toEqual(['tag place', 'accept 3', 'none', 'merge', 'move 1', 'move -1'])
  })

  it('L changes the layers shown (from every layer to mine alone), except while typing, where it is a letter', () => {
    const { store, press } = workbench()
    store.set({ project: { ...(store.getState().project ?? ({} as never)), author: 'Rana' } })
    expect(store.getState().layers.annotators).toBeNull()
    const field = window.document.createElement('input')
    window.document.body.append(field)
    expect(press('l', {}, field)).toBe(false)
    expect(store.getState().layers.annotators).toBeNull()
    expect(press('l')).toBe(true)
    expect(store.getState().layers.annotators).toEqual(['Rana'])
    expect(press('L', { shiftKey: true })).toBe(false)
  })
})

