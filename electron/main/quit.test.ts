import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { createCore } from '../core'
import { RESOURCES_DIR, readStoredDocument, useTempDirs } from '../core/testing/helpers'
import { installCleanQuit } from './quit'
import { trackRecentDocuments } from './recent-documents'
import { importTexts } from '../core/testing/import-texts'
import { useWarmImportWorkers } from '../core/import/worker/testing'

// Imports run in the shared import worker: started once, before the tests, not inside one's time.
useWarmImportWorkers()

const tempDir = useTempDirs()

/** Electron's app as far as quitting goes: before-quit can be prevented; quit() fires it again. */
function fakeApp() {
  const emitter = new EventEmitter()
  const app = {
    quits: 0,
    exited: false,
    on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void) {
      emitter.on(event, listener)
      return app
    },
    quit() {
      app.quits += 1
      let prevented = false
      emitter.emit('before-quit', { preventDefault: () => (prevented = true) })
      if (!prevented) app.exited = true
    }
  }
  return app
}

describe('a clean quit', () => {
  it('holds the quit until every queued write is on disk, then releases the project and quits', async () => {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'A' })
    const [doc] = await importTexts(core, [{ fileName: 'a.txt', content: `Title\n\n${'word '.repeat(50)}` }])
    const app = fakeApp()
    installCleanQuit(app, { shutdown: () => core.shutdown(), onTimeout: vi.fn() })
    const writes = Array.from({ length: 30 }, (_, n) => core.call('annotations.create', { documentId: doc?.id ?? '', tag: 'claim', start: n, end: n + 1 }))
    app.quit()
    expect(app.exited).toBe(false)
    await vi.waitFor(() => expect(app.exited).toBe(true))
    // Read the moment the app may exit, before this test awaits anything of its own.
    const stored = await readStoredDocument(dir, doc?.id ?? '')
    expect(stored.annotations).toHaveLength(30)
    // The lock is gone: another process may open the project.
    const next = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'B' })
    next.close()
    await Promise.allSettled(writes)
  })

  it('quits anyway after the time limit and says so when a write hangs', async () => {
    const app = fakeApp()
    const onTimeout = vi.fn()
    installCleanQuit(app, { shutdown: () => new Promise(() => undefined), onTimeout, timeoutMs: 50 })
    app.quit()
    app.quit()
    await vi.waitFor(() => expect(app.exited).toBe(true))
    expect(onTimeout).toHaveBeenCalledExactlyOnceWith(50)
  })
})

describe('recent documents in the OS', () => {
  it('adds each project opened, once, where the OS keeps such a list', async () => {
    const core = await createCore({ dataDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'A' })
    const app = { addRecentDocument: vi.fn() }
    const linuxApp = { addRecentDocument: vi.fn() }
    trackRecentDocuments(core, app, 'darwin')
    trackRecentDocuments(core, linuxApp, 'linux')
    const a = (await core.call('workspace.createProject', { name: 'A 🙂' })).project?.dir
    const b = (await core.call('workspace.createProject', { name: 'B' })).project?.dir
    await core.call('project.update', { description: 'same project, no new entry' })
    await vi.waitFor(() => expect(app.addRecentDocument.mock.calls).toEqual([[a], [b]]))
    expect(linuxApp.addRecentDocument).not.toHaveBeenCalled()
    core.close()
  })
})
