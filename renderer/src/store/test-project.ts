import { createCore, type Core } from '@core/core'
import type { Method } from '@core/contract'
import type { ApiClient } from '../api/client'
import { createActions } from './actions'
import { ProjectStore } from './project-store'

/** A client over a core in this process that can hold the next call of a method and then fail it. */
export interface TestClient extends Pick<ApiClient, 'call' | 'on'> {
  calls: string[]
  /** The next call of `method` waits for `release()`, then fails with `message` (as a full disk would). */
  failNext(method: Method, message: string): { release(): void }
}

export function testClient(core: Core): TestClient {
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
export async function openTestProject(dir: string) {
  ensureLocalStorage()
  const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
  await core.call('import.files', { files: [{ name: 'hama.txt', base64: Buffer.from(TEXT).toString('base64') }] })
  const client = testClient(core)
  const store = new ProjectStore(client, { pause: () => Promise.resolve() })
  const actions = createActions(store, client)
  const stop = store.connect()
  await until(() => store.getState().document !== null && !store.getState().documentLoading)
  const document = store.getState().document
  if (!document) throw new Error('no document opened')
  return { core, client, store, actions, stop, documentId: document.id, text: TEXT }
}

/** Waits (a few event-loop turns at a time) until `check` holds; fails after 5 s. */
export async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in 5 s')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
