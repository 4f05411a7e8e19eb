import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Result } from '../core'
import { callApi, envelope, errorOf, request, serveTestProject, type Reply, type ServedProject } from './testing/served-project'

/**
 * Every way browser mode refuses a request, one test each, and after each refusal the server still
 * answers a good call: a refused request never costs the user the session.
 */
let served: ServedProject
beforeAll(async () => {
  served = await serveTestProject({ maxBodyBytes: 64 * 1024 })
})
afterAll(async () => {
  await served.dispose()
})

function post(path: string, headers: Record<string, string>, body: string | Buffer = '{}'): Promise<Reply> {
  return request(served.server.port, { method: 'POST', path, headers, body })
}

function auth(): Record<string, string> {
  return { Authorization: `Bearer ${served.server.token}` }
}

async function expectStillServing(): Promise<void> {
  const reply = await callApi(served, 'documents.list', {})
  const body = envelope<Result<'documents.list'>>(reply)
  expect(body.ok && body.result.length).toBe(5)
}

async function expectRefused(reply: Reply, status: number, code: string): Promise<void> {
  expect(reply.status).toBe(status)
  expect(errorOf(reply).code).toBe(code)
  expect(reply.text.length).toBeLessThan(2048)
  await expectStillServing()
}

describe('browser mode refuses, then keeps serving', () => {
  it('a missing, wrong, shorter, longer, empty or huge token: 401 (compared by digest, so no length leaks or throws)', async () => {
    const token = served.server.token
    const json = { 'Content-Type': 'application/json' }
    const tries = [undefined, `${token.slice(0, -1)}x`, token.slice(0, 10), `${token}x`, '', 'é'.repeat(4000), `Basic ${token}`]
    for (const sent of tries) {
      const headers = sent === undefined ? json : { ...json, Authorization: sent.startsWith('Basic') ? sent : `Bearer ${sent}` }
      await expectRefused(await post('/api/documents.list', headers), 401, 'unauthorized')
    }
  })

  it('a foreign Host (DNS rebinding): 403', async () => {
    await expectRefused(await callApi(served, 'documents.list', {}, { Host: 'evil.example' }), 403, 'forbidden')
  })

  it('a foreign Origin: 403', async () => {
    await expectRefused(await callApi(served, 'documents.list', {}, { Origin: 'https://evil.example' }), 403, 'forbidden')
  })

  it('an API call that is not JSON (no type, text/plain, a form, a look-alike type): 415', async () => {
    const types = [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']
    for (const type of types) {
      const headers = type === undefined ? auth() : { ...auth(), 'Content-Type': type }
      await expectRefused(await post('/api/documents.list', headers), 415, 'invalid-input')
    }
  })

  it('a body over the limit, announced or streamed: 413', async () => {
    const json = { ...auth(), 'Content-Type': 'application/json' }
    await expectRefused(await post('/api/documents.list', { ...json, 'Content-Length': String(10 * 1024 * 1024) }), 413, 'invalid-input')
    const padded = JSON.stringify({ description: 'x'.repeat(100 * 1024) })
    await expectRefused(await post('/api/project.update', { ...json, 'Transfer-Encoding': 'chunked' }, padded), 413, 'invalid-input')
  })

  it('a body that is not JSON, or not UTF-8: 400', async () => {
    const json = { ...auth(), 'Content-Type': 'application/json' }
    await expectRefused(await post('/api/documents.list', json, '{"'), 400, 'invalid-input')
    await expectRefused(await post('/api/documents.list', json, Buffer.from([0x7b, 0xff, 0x7d])), 400, 'invalid-input')
  })

  it('an unknown method: 404; a wrong HTTP method: 405', async () => {
    await expectRefused(await callApi(served, 'documents.shred', {}), 404, 'unknown-method')
    await expectRefused(await callApi(served, '__proto__', {}), 404, 'unknown-method')
    await expectRefused(await request(served.server.port, { path: '/api/documents.list', headers: auth() }), 405, 'invalid-input')
    await expectRefused(await post('/api/events', auth()), 405, 'invalid-input')
  })
})
