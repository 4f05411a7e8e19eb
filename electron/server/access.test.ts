import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../core/security'
import { callApi, errorOf, INDEX_HTML, request, serveTestProject, type ServedProject } from './testing/served-project'

let served: ServedProject

beforeEach(async () => {
  served = await serveTestProject()
})

afterEach(async () => {
  await served.dispose()
})

describe('browser-mode server: who may call', () => {
  it('listens on 127.0.0.1 only and hands out a URL with the token in the fragment', () => {
    expect(served.server.address).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: served.server.port })
    expect(served.server.url).toBe(`http://127.0.0.1:${served.server.port}/#token=${served.server.token}`)
    expect(served.server.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('refuses an API call without a token, or with a wrong one, with 401', async () => {
    const port = served.server.port
    const withoutToken = await request(port, { method: 'POST', path: '/api/documents.list', headers: { 'Content-Type': 'application/json' }, body: '{}' })
    expect(withoutToken.status).toBe(401)
    expect(errorOf(withoutToken).code).toBe('unauthorized')
    const wrongToken = await callApi(served, 'documents.list', {}, { Authorization: `Bearer ${served.server.token.slice(0, -1)}x` })
    expect(wrongToken.status).toBe(401)
    const events = await request(port, { path: '/api/events' })
    expect(events.status).toBe(401)
  })

  it('refuses a foreign Host header (DNS rebinding) with 403, even with the token', async () => {
    const rebound = await callApi(served, 'documents.list', {}, { Host: `evil.example:${served.server.port}` })
    expect(rebound.status).toBe(403)
    expect(errorOf(rebound).code).toBe('forbidden')
    const otherPort = await callApi(served, 'documents.list', {}, { Host: `127.0.0.1:${served.server.port + 1}` })
    expect(otherPort.status).toBe(403)
    const page = await request(served.server.port, { path: '/', headers: { Host: 'evil.example' } })
    expect(page.status).toBe(403)
    const localhost = await callApi(served, 'documents.list', {}, { Host: `localhost:${served.server.port}` })
    expect(localhost.status).toBe(200)
  })

  it('refuses a foreign Origin with 403 and accepts its own', async () => {
    const foreign = await callApi(served, 'documents.list', {}, { Origin: 'https://evil.example' })
    expect(foreign.status).toBe(403)
    const nullOrigin = await callApi(served, 'documents.list', {}, { Origin: 'null' })
    expect(nullOrigin.status).toBe(403)
    const own = await callApi(served, 'documents.list', {}, { Origin: `http://127.0.0.1:${served.server.port}` })
    expect(own.status).toBe(200)
  })

  it('never sends CORS headers, not even to a preflight', async () => {
    const port = served.server.port
    const replies = [
      await callApi(served, 'documents.list', {}, { Origin: `http://localhost:${port}` }),
      await request(port, {
        method: 'OPTIONS',
        path: '/api/documents.list',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' }
      }),
      await request(port, { method: 'OPTIONS', path: '/api/documents.list', headers: { Authorization: `Bearer ${served.server.token}` } }),
      await request(port, { path: '/' })
    ]
    for (const reply of replies) {
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
    }
    expect(replies[2]?.status).toBe(405)
  })
})

describe('browser-mode server: the app itself', () => {
  it('serves index.html with the Content Security Policy, for / and for app routes', async () => {
    for (const path of ['/', '/documents/some-id']) {
      const reply = await request(served.server.port, { path })
      expect(reply.status).toBe(200)
      expect(reply.text).toBe(INDEX_HTML)
      expect(reply.headers['content-type']).toContain('text/html')
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
      expect(reply.headers['x-frame-options']).toBe('DENY')
    }
  })

  it('never serves dotfiles and refuses other methods', async () => {
    const dotfile = await request(served.server.port, { path: '/.secret' })
    expect(dotfile.text).not.toContain('do-not-serve')
    const post = await request(served.server.port, { method: 'POST', path: '/', body: 'x' })
    expect(post.status).toBe(405)
  })
})
