import { request as httpRequest, type IncomingMessage } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../core'
import { callApi, serveTestProject, type ServedProject } from './testing/served-project'

let served: ServedProject | undefined

afterEach(async () => {
  await served?.dispose()
  served = undefined
})

interface Stream {
  response: IncomingMessage
  received(): string
  /** Resolves once the stream's text contains `needle`. */
  waitFor(needle: string | RegExp): Promise<string>
  abort(): void
}

function openEvents(project: ServedProject, token = project.server.token): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: project.server.port, path: '/api/events', headers: { Authorization: `Bearer ${token}` } },
      (response) => {
        let text = ''
        const waiters: (() => void)[] = []
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => {
          text += chunk
          for (const wake of waiters.splice(0)) wake()
        })
        resolve({
          response,
          received: () => text,
          waitFor: (needle) =>
            new Promise((done) => {
              const check = (): void => {
                if (typeof needle === 'string' ? text.includes(needle) : needle.test(text)) done(text)
                else waiters.push(check)
              }
              check()
            }),
          abort: () => req.destroy()
        })
      }
    )
    req.on('error', reject)
    req.end()
  })
}

/** Counts the core subscriptions a server holds, to see that a closed stream lets go of them. */
function countingSubscriptions(): { wrapCore: (core: Core) => Core; active: () => number } {
  let active = 0
  const wrapCore = (core: Core): Core => ({
    ...core,
    onAny(listener) {
      active += 1
      const off = core.onAny(listener)
      return () => {
        active -= 1
        off()
      }
    }
  })
  return { wrapCore, active: () => active }
}

describe('GET /api/events', () => {
  it('streams document.changed after an annotation is created', async () => {
    served = await serveTestProject()
    const stream = await openEvents(served)
    expect(stream.response.statusCode).toBe(200)
    expect(stream.response.headers['content-type']).toBe('text/event-stream')
    await stream.waitFor(': connected')
    await callApi(served, 'annotations.create', { documentId: 'nationpress-2024-12-01', tag: 'claim', start: 0, end: 6 })
    const text = await stream.waitFor(/event: document\.changed\ndata: .*\n\n/)
    const data = /event: document\.changed\ndata: (.*)\n\n/.exec(text)?.[1] ?? ''
    expect(JSON.parse(data)).toMatchObject({ documentId: 'nationpress-2024-12-01', annotationCount: 1, fields: ['annotations', 'status'] })
    stream.abort()
  })

  it('forwards documents.added, sends heartbeats, and unsubscribes when the client goes away', async () => {
    const { wrapCore, active } = countingSubscriptions()
    served = await serveTestProject({ wrapCore, heartbeatMs: 20 })
    const stream = await openEvents(served)
    await stream.waitFor(': connected')
    expect(active()).toBe(1)
    await callApi(served, 'import.files', { files: [{ name: 'new.txt', base64: Buffer.from('A new article\nBody.').toString('base64') }] })
    await stream.waitFor('event: documents.added\ndata: {"documentIds":[')
    await stream.waitFor(': heartbeat\n\n')
    stream.abort()
    await expect.poll(active).toBe(0)
  })

  it('refuses a wrong token, and ends open streams when the server closes', async () => {
    served = await serveTestProject()
    const refused = await openEvents(served, 'wrong')
    expect(refused.response.statusCode).toBe(401)
    const stream = await openEvents(served)
    await stream.waitFor(': connected')
    const ended = new Promise<void>((resolve) => stream.response.once('close', resolve))
    await served.server.close()
    await ended
  })
})
