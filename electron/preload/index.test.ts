import { beforeEach, describe, expect, it, vi } from 'vitest'
import { EVENT_CHANNEL, INVOKE_CHANNEL, type TesseraBridge } from './bridge'

type Listener = (event: unknown, message: unknown) => void

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() }
}))
vi.mock('electron', () => electron)

async function loadPreload(): Promise<TesseraBridge> {
  vi.resetModules()
  await import('./index')
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, TesseraBridge]
  expect(name).toBe('tessera')
  return api
}

function registeredListener(): Listener {
  const [channel, listener] = electron.ipcRenderer.on.mock.calls[0] as [string, Listener]
  expect(channel).toBe(EVENT_CHANNEL)
  return listener
}

describe('preload', () => {
  beforeEach(() => vi.clearAllMocks())

  it('exposes one object with invoke and on, and nothing of ipcRenderer', async () => {
    const api = await loadPreload()
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on'])
    expect(Object.values(api)).not.toContain(electron.ipcRenderer)
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true)
  })

  it('invoke sends the method and input on the invoke channel and returns the answer', async () => {
    const api = await loadPreload()
    const answer = { ok: true, result: [] }
    electron.ipcRenderer.invoke.mockResolvedValueOnce(answer)
    await expect(api.invoke('documents.list', {}, '/projects/war 🇸🇾')).resolves.toBe(answer)
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'documents.list', {}, '/projects/war 🇸🇾')
  })

  it('on delivers only the payloads of the named event, without the IPC event object', async () => {
    const api = await loadPreload()
    const listener = vi.fn()
    api.on('document.changed', listener)
    const deliver = registeredListener()
    const ipcEvent = { sender: electron.ipcRenderer }
    deliver(ipcEvent, { event: 'documents.added', payload: { documentIds: ['x'] } })
    deliver(ipcEvent, { event: 'document.changed', payload: { documentId: 'd1', annotationCount: 3 } })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener).toHaveBeenCalledWith({ documentId: 'd1', annotationCount: 3 })
  })

  it('the function on returns removes exactly the listener it added', async () => {
    const api = await loadPreload()
    const unsubscribe = api.on('documents.added', vi.fn())
    const added = registeredListener()
    expect(electron.ipcRenderer.removeListener).not.toHaveBeenCalled()
    unsubscribe()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(EVENT_CHANNEL, added)
  })
})
