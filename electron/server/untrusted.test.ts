import { connect, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import type { Result } from '../core'
import { SERVER_LIMITS } from './limits'
import { callApi, envelope, serveTestProject, type ServedProject } from './testing/served-project'

let served: ServedProject | undefined
const sockets: Socket[] = []
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy()
  await served?.dispose()
  served = undefined
})

interface RawSocket {
  socket: Socket
  received(): string
  /** When the server closed it (performance.now()). */
  closed: Promise<number>
}

async function openRaw(port: number): Promise<RawSocket> {
  const socket = connect(port, '127.0.0.1')
  sockets.push(socket)
  socket.on('error', () => undefined)
  let text = ''
  socket.setEncoding('utf8')
  socket.on('data', (chunk: string) => (text += chunk))
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now())))
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('error', reject)
  })
  return { socket, received: () => text, closed }
}

/** Rejects instead of waiting for ever: a call that hangs is a failed call. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

describe('browser mode: connections without a token cannot crowd out the window that has one', () => {
  it('serves 10 authorised calls, each within 2 s, while 100 tokenless sockets hang, and closes those by the header deadline', async () => {
    served = await serveTestProject()
    const { port } = served.server
    const started = performance.now()
    const halfOpen: RawSocket[] = []
    for (let i = 0; i < 100; i += 1) {
      const raw = await openRaw(port)
      // Two in three send the start of a request and stop; the others send nothing at all.
      if (i % 3 !== 0) raw.socket.write(`POST /api/documents.list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n`)
      halfOpen.push(raw)
    }

    const outcomes: string[] = []
    for (let call = 0; call < 10; call += 1) {
      const callStarted = performance.now()
      // A fresh connection each time, as a new window or the CLI's handoff would open.
      const outcome = await within(5_000, callApi(served, 'documents.list', {}, { Connection: 'close' }))
        .then((reply) => {
          const body = envelope<Result<'documents.list'>>(reply)
          return body.ok ? `${body.result.length} documents` : reply.text
        })
        .catch((error: unknown) => `failed: ${String(error)}`)
      const elapsed = performance.now() - callStarted
      outcomes.push(elapsed < 2_000 ? outcome : `${outcome} after ${Math.round(elapsed)} ms`)
    }
    expect(outcomes).toEqual(new Array(10).fill('5 documents'))

    const closedAfter = await Promise.all(halfOpen.map(async (raw) => (await raw.closed) - started))
    // Node checks the deadline once a second: a generous bound, and none is left open.
    expect(Math.max(...closedAfter)).toBeLessThan(SERVER_LIMITS.headersTimeoutMs + 3_000)
  }, 30_000)
})

describe('browser mode: the allowance of connections without a token', () => {
  const authorisedRequest = (port: number, token: string): string =>
    `POST /api/documents.list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n` +
    'Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}'

  it('closes the oldest tokenless connection past it at once, never one that has shown the token', async () => {
    served = await serveTestProject({ limits: { maxUntrustedConnections: 3 } })
    const { port, token } = served.server
    const window = await openRaw(port)
    window.socket.write(authorisedRequest(port, token))
    await expect.poll(window.received).toMatch(/^HTTP\/1\.1 200[^]*"ok":true/)

    const [oldest, ...others] = [await openRaw(port), await openRaw(port), await openRaw(port)]
    others.push(await openRaw(port))
    await within(2_000, oldest?.closed ?? Promise.reject(new Error('no socket')))
    expect(others.map((raw) => raw.socket.destroyed)).toEqual([false, false, false])
    for (let i = 0; i < 20; i += 1) others.push(await openRaw(port))

    // The connection that showed the token outlived all of them and still serves its window.
    const before = window.received().length
    window.socket.write(authorisedRequest(port, token))
    await expect.poll(() => window.received().slice(before)).toMatch(/^HTTP\/1\.1 200[^]*"ok":true/)
    expect(window.socket.destroyed).toBe(false)
  })

  it('answers a call without the token with 401 and closes its connection, so retries cannot hold it', async () => {
    served = await serveTestProject()
    const { port } = served.server
    const raw = await openRaw(port)
    raw.socket.write(authorisedRequest(port, 'not-the-token'))
    await within(2_000, raw.closed)
    expect(raw.received()).toMatch(/^HTTP\/1\.1 401[^]*Connection: close/i)
  })
})
