import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import { createCore, type Core } from '../core'
import { EVENT_CHANNEL, INVOKE_CHANNEL, type EventMessage } from '../preload/bridge'
import { trustedOrigins } from './app-origin'
import { importTexts } from '../core/testing/import-texts'
import { useWarmImportWorkers } from '../core/import/worker/testing'

// Imports run in the shared import worker: started once, before the tests, not inside one's time.
useWarmImportWorkers()

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  BrowserWindow: { getAllWindows: vi.fn((): unknown[] => []) }
}))
vi.mock('electron', () => electron)

const { createInvokeHandler, forwardCoreEvents, registerInvokeHandler, sendToAllWindows } = await import('./ipc')

let projectDir: string
let core: Core
const sender = { id: 1 } as unknown as WebContents
const exportProject = vi.fn(async () => ({ savedTo: '/tmp/out.csv' }))
const chooseFolder = vi.fn(async () => ({ dir: null }))
const showInFolder = vi.fn(async () => ({ shown: true }))
const exportClaimsCsv = vi.fn(async () => ({ savedTo: '/tmp/claims.csv' }))
const exportAgreementReport = vi.fn(async () => ({ savedTo: '/tmp/agreement.csv' }))
const setLanguage = vi.fn(async () => ({ changed: true }))
const from = (url: string | null) => ({ sender, senderFrame: url === null ? null : { url } })
const handlerOptions = () => ({ core, isTrustedUrl: trustedOrigins(undefined), shellHandlers: { 'shell.exportProject': exportProject, 'shell.chooseFolder': chooseFolder, 'shell.showInFolder': showInFolder, 'shell.exportClaimsCsv': exportClaimsCsv, 'shell.exportAgreementReport': exportAgreementReport, 'shell.setLanguage': setLanguage } })

beforeAll(async () => {
  projectDir = await mkdtemp(join(tmpdir(), 'tessera-ipc-'))
  core = await createCore({ projectDir, resourcesDir: resolve('resources'), author: 'test', seedSample: true })
})
afterAll(async () => {
  core.close()
  await rm(projectDir, { recursive: true, force: true })
})
beforeEach(() => vi.clearAllMocks())

describe('IPC invoke handler', () => {
  it('is registered on the invoke channel', () => {
    registerInvokeHandler(handlerOptions())
    expect(electron.ipcMain.handle).toHaveBeenCalledWith(INVOKE_CHANNEL, expect.any(Function))
  })

  it('forwards a call from the app to the core and returns its envelope', async () => {
    const handle = createInvokeHandler(handlerOptions())
    const answer = await handle(from('app://tessera/index.html'), 'documents.list', {})
    expect(answer.ok).toBe(true)
    expect(answer.ok && Array.isArray(answer.result) && answer.result.length).toBe(5)
  })

  it('refuses foreign or unknown senders without touching the core', async () => {
    const dispatch = vi.spyOn(core, 'dispatch')
    const handle = createInvokeHandler(handlerOptions())
    for (const url of ['https://evil.example/', 'app://evil/index.html', 'file:///tmp/x.html', 'about:blank', null]) {
      const answer = await handle(from(url), 'documents.list', {})
      expect(answer).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String), said: expect.objectContaining({ key: 'problems.ipc.forbidden' }) } })
    }
    const shellAnswer = await handle(from('https://evil.example/'), 'shell.exportProject', { format: 'csv' })
    expect(shellAnswer.ok).toBe(false)
    expect(dispatch).not.toHaveBeenCalled()
    expect(exportProject).not.toHaveBeenCalled()
    dispatch.mockRestore()
  })

  it("passes the core's validation errors through as envelopes", async () => {
    const handle = createInvokeHandler(handlerOptions())
    expect(await handle(from('app://tessera/'), 'no.such.method', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
    expect(await handle(from('app://tessera/'), 42, {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
    expect(await handle(from('app://tessera/'), 'documents.get', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('answers shell methods in the main process with validated input and the calling web contents', async () => {
    const handle = createInvokeHandler(handlerOptions())
    expect(await handle(from('app://tessera/'), 'shell.exportProject', { format: 'csv' })).toEqual({ ok: true, result: { savedTo: '/tmp/out.csv' } })
    // The shell gets the parsed export options, the contract's defaults filled in.
    expect(exportProject).toHaveBeenCalledWith({ format: 'csv', offsetUnit: 'codepoint', documents: {}, neutraliseFormulas: true }, sender)
    const invalid = await handle(from('app://tessera/'), 'shell.exportProject', { format: 'xml' })
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('format') } })
    expect(exportProject).toHaveBeenCalledTimes(1)
  })

  it('passes the renderer’s language to the shell only as a language and digits Tessera knows', async () => {
    const handle = createInvokeHandler(handlerOptions())
    expect(await handle(from('app://tessera/'), 'shell.setLanguage', { language: 'ar', digits: 'arab' })).toEqual({ ok: true, result: { changed: true } })
    expect(setLanguage).toHaveBeenCalledWith({ language: 'ar', digits: 'arab' }, sender)
    for (const input of [{ language: 'fr', digits: 'latn' }, { language: 'ar', digits: 'roman' }, { language: 'ar' }, { language: 'ar', digits: 'arab', extra: 1 }, 'ar']) {
      expect(await handle(from('app://tessera/'), 'shell.setLanguage', input), JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    }
    expect(await handle(from('https://evil.example/'), 'shell.setLanguage', { language: 'ar', digits: 'arab' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(setLanguage).toHaveBeenCalledTimes(1)
  })

  it('turns a failing shell method into an error envelope', async () => {
    exportProject.mockRejectedValueOnce(new Error('disk full'))
    const answer = await createInvokeHandler(handlerOptions())(from('app://tessera/'), 'shell.exportProject', { format: 'jsonl' })
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('disk full') } })
  })
})

describe('core events', () => {
  it('are forwarded as {event, payload} messages until forwarding stops', async () => {
    const sent: EventMessage[] = []
    const stop = forwardCoreEvents(core, (message) => sent.push(message))
    const [document] = await core.call('documents.list', {})
    if (!document) throw new Error('the sample project has no documents')
    await core.call('annotations.create', { documentId: document.id, tag: 'claim', start: 0, end: 4 })
    expect(sent).toMatchObject([
      { event: 'document.changed', payload: { documentId: document.id, annotationCount: 1 } },
      { event: 'history.changed', payload: { canUndo: true } }
    ])
    await importTexts(core, [{ fileName: 'note.txt', content: 'A note.' }])
    expect(sent[2]).toMatchObject({ event: 'documents.added', payload: { documentIds: [expect.any(String)] } })
    stop()
    await core.call('annotations.create', { documentId: document.id, tag: 'claim', start: 0, end: 6 })
    expect(sent).toHaveLength(3)
  })

  it('reach every live window on the event channel', () => {
    const send = vi.fn()
    const live = { webContents: { isDestroyed: () => false, send } }
    const closing = { webContents: { isDestroyed: () => true, send: vi.fn() } }
    electron.BrowserWindow.getAllWindows.mockReturnValueOnce([live, closing])
    const message: EventMessage = { event: 'documents.added', payload: { documentIds: ['a'] } }
    sendToAllWindows(message)
    expect(send).toHaveBeenCalledWith(EVENT_CHANNEL, message)
    expect(closing.webContents.send).not.toHaveBeenCalled()
  })
})
