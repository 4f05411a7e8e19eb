import { connect, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core, Result } from '../core'
import { SERVER_LIMITS } from './limits'
import { callApi, envelope, errorOf, request, serveTestProject, type ServedProject } from './testing/served-project'

let served: ServedProject | undefined
const sockets: Socket[] = []
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy()
  await served?.dispose()
  served = undefined
})

/** A raw connection, to send a request as slowly or as partially as an attacker would. */
async function openSocket(port: number): Promise<{ socket: Socket; received: () => string; closed: Promise<number> }> {
  const socket = connect(port, '127.0.0.1')
  sockets.push(socket)
  let text = ''
  socket.setEncoding('utf8')
  socket.on('data', (chunk: string) => (text += chunk))
  socket.on('error', () => undefined)
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now())))
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('error', reject)
  })
  return { socket, received: () => text, closed }
}

async function documentCount(project: ServedProject): Promise<number> {
  const reply = await callApi(project, 'documents.list', {})
  const body = envelope<Result<'documents.list'>>(reply)
  if (!body.ok) throw new Error(reply.text)
  return body.result.length
}

describe('browser mode: validation errors over HTTP stay small', () => {
  it('answers a 4 MB {"files":[0,0,…]} body with a short 400, at once, and keeps serving', async () => {
    served = await serveTestProject()
    const body = `{"files":[${new Array(2 * 1024 * 1024).fill('0').join(',')}]}`
    expect(body.length).toBeGreaterThan(4 * 1024 * 1024)
    const started = performance.now()
    const reply = await request(served.server.port, {
      method: 'POST',
      path: '/api/import.files',
      headers: { Authorization: `Bearer ${served.server.token}`, 'Content-Type': 'application/json' },
      body
    })
    expect(performance.now() - started).toBeLessThan(2000)
    expect(reply.status).toBe(400)
    expect(Buffer.byteLength(reply.text)).toBeLessThan(2048)
    expect(errorOf(reply).message).toMatch(/at most 200 files per call/)
    expect(await documentCount(served)).toBe(5)
  })
})

describe('browser mode: connection limits', () => {
  it(`drops a slow body after ${SERVER_LIMITS.requestTimeoutMs / 1000} s and slow headers after ${SERVER_LIMITS.headersTimeoutMs / 1000} s, serving others meanwhile`, async () => {
    served = await serveTestProject()
    const { port, token } = served.server
    const started = performance.now()
    const slowBody = await openSocket(port)
    slowBody.socket.write(
      `POST /api/documents.list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{'
    )
    const slowHeaders = await openSocket(port)
    slowHeaders.socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`)
    // One byte a second keeps each socket active, as a slow-loris client does.
    const drip = setInterval(() => {
      if (!slowBody.socket.destroyed) slowBody.socket.write(' ')
      if (!slowHeaders.socket.destroyed) slowHeaders.socket.write('X-Drip: 1\r\n')
    }, 1000)
    try {
      for (let i = 0; i < 3; i += 1) {
        expect(await documentCount(served)).toBe(5)
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      const headersCut = (await slowHeaders.closed) - started
      const bodyCut = (await slowBody.closed) - started
      // Node checks the timeouts every second: generous bounds, far below the 327 s this took before.
      expect(headersCut).toBeLessThan(SERVER_LIMITS.headersTimeoutMs + 3000)
      expect(bodyCut).toBeLessThan(SERVER_LIMITS.requestTimeoutMs + 3000)
      expect(slowBody.received()).toMatch(/^HTTP\/1\.1 408/)
      expect(await documentCount(served)).toBe(5)
    } finally {
      clearInterval(drip)
    }
  })

  it('limits only the time to receive a request: a slow answer and a long-open event stream are kept', async () => {
    const slowCore = (core: Core): Core => ({
      ...core,
      dispatch: async (method, input) => {
        await new Promise((resolve) => setTimeout(resolve, 2500))
        return core.dispatch(method, input)
      }
    })
    served = await serveTestProject({ wrapCore: slowCore, limits: { requestTimeoutMs: 1000, headersTimeoutMs: 1000, timeoutCheckIntervalMs: 200 } })
    const { port, token } = served.server
    const stream = await openSocket(port)
    stream.socket.write(`GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n\r\n`)
    await expect.poll(stream.received).toContain(': connected')
    expect(await documentCount(served)).toBe(5)
    expect(stream.socket.destroyed).toBe(false)
  })

  it('closes connections past the cap at once, and accepts new ones when others close', async () => {
    served = await serveTestProject({ limits: { maxConnections: 3 } })
    const { port } = served.server
    const held = [await openSocket(port), await openSocket(port), await openSocket(port)]
    const refused = await openSocket(port)
    await refused.closed
    expect(refused.received()).toBe('')
    held[0]?.socket.destroy()
    await held[0]?.closed
    await expect.poll(() => documentCount(served as ServedProject).catch(() => -1)).toBe(5)
  })

  it('refuses an event stream past the limit with 429, and accepts one when another closes', async () => {
    served = await serveTestProject({ limits: { maxEventStreams: 2 } })
    const { port, token } = served.server
    const streamRequest = `GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n\r\n`
    const streams = [await openSocket(port), await openSocket(port)]
    for (const stream of streams) {
      stream.socket.write(streamRequest)
      await expect.poll(stream.received).toContain(': connected')
    }
    const third = await request(port, { path: '/api/events', headers: { Authorization: `Bearer ${token}` } })
    expect(third.status).toBe(429)
    expect(errorOf(third).code).toBe('busy')
    expect(await documentCount(served)).toBe(5)

    streams[0]?.socket.destroy()
    await expect
      .poll(async () => {
        const attempt = await openSocket(port)
        attempt.socket.write(streamRequest)
        await expect.poll(attempt.received).toMatch(/^HTTP\/1\.1 \d+/)
        return attempt.received().slice(0, 12)
      })
      .toBe('HTTP/1.1 200')
  })
})
