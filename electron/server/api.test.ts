import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Result } from '../core'
import { IMPORT_CALL_MAX_BODY_BYTES } from '../core/shared/import/contract'
import { CONTENT_SECURITY_POLICY } from '../core/security'
import { callApi, envelope, errorOf, request, serveTestProject, type ServedProject } from './testing/served-project'
import { useWarmImportWorkers } from '../core/import/worker/testing'

const manifest = JSON.parse(readFileSync(resolve('resources/sample/manifest.json'), 'utf8')) as { documents: { id: string }[] }
const SAMPLE_IDS = manifest.documents.map((d) => d.id)

let served: ServedProject

beforeEach(async () => {
  served = await serveTestProject()
})

afterEach(async () => {
  await served.dispose()
})

useWarmImportWorkers()

describe('browser-mode server: the API', () => {
  it('answers documents.list with the five sample documents, with security headers and no caching', async () => {
    const reply = await callApi(served, 'documents.list', {})
    expect(reply.status).toBe(200)
    const body = envelope<Result<'documents.list'>>(reply)
    if (!body.ok) throw new Error(reply.text)
    expect(SAMPLE_IDS).toHaveLength(5)
    expect(body.result.map((d) => d.id)).toEqual(SAMPLE_IDS)
    expect(reply.headers).toMatchObject({
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'content-security-policy': CONTENT_SECURITY_POLICY
    })
  })

  it('refuses an invalid payload with 400 and a clear message, and writes nothing', async () => {
    const file = join(served.projectDir, 'documents', `${SAMPLE_IDS[0]}.json`)
    const before = await readFile(file, 'utf8')
    const backwards = await callApi(served, 'annotations.create', { documentId: SAMPLE_IDS[0], tag: 'claim', start: 20, end: 10 })
    expect(backwards.status).toBe(400)
    // The core's message in English; `said`, the same for the reader's language, may come beside it.
    expect(errorOf(backwards)).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('end must be greater than start') })
    const unknownTag = await callApi(served, 'annotations.create', { documentId: SAMPLE_IDS[0], tag: 'rumour', start: 0, end: 5 })
    expect(unknownTag.status).toBe(400)
    expect(errorOf(unknownTag).message).toContain('rumour')
    expect(await readFile(file, 'utf8')).toBe(before)
  })

  it('maps malformed requests to 400, 404, 405, 413 and 415', async () => {
    const port = served.server.port
    const auth = { Authorization: `Bearer ${served.server.token}` }
    const badJson = await request(port, { method: 'POST', path: '/api/documents.list', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{"' })
    expect(badJson.status).toBe(400)
    expect(errorOf(badJson)).toEqual({ code: 'invalid-input', message: expect.stringContaining('not valid JSON'), said: expect.objectContaining({ key: 'problems.server.bodyNotJson' }) })
    const textPlain = await request(port, { method: 'POST', path: '/api/documents.list', headers: { ...auth, 'Content-Type': 'text/plain' }, body: '{}' })
    expect(textPlain.status).toBe(415)
    const unknown = await callApi(served, 'documents.shred', {})
    expect(unknown.status).toBe(404)
    expect(errorOf(unknown).code).toBe('unknown-method')
    const missing = await callApi(served, 'documents.get', { documentId: 'no-such-document' })
    expect(missing.status).toBe(404)
    expect(errorOf(missing).code).toBe('not-found')
    const get = await request(port, { path: '/api/documents.list', headers: auth })
    expect(get.status).toBe(405)
    expect(get.headers.allow).toBe('POST')
    const huge = await request(port, {
      method: 'POST',
      path: '/api/documents.list',
      headers: { ...auth, 'Content-Type': 'application/json', 'Content-Length': String(51 * 1024 * 1024) },
      body: '{}'
    })
    expect(huge.status).toBe(413)
  })

  it('stops reading a body that grows past the limit without announcing its length', async () => {
    const small = await serveTestProject({ maxBodyBytes: 1000 })
    try {
      const padded = { description: 'x'.repeat(5000) }
      const reply = await callApi(small, 'project.update', padded, { 'Transfer-Encoding': 'chunked' })
      expect(reply.status).toBe(413)
      const list = envelope<Result<'documents.list'>>(await callApi(small, 'documents.list', {}))
      expect(list.ok && list.result).toHaveLength(5)
    } finally {
      await small.dispose()
    }
  })

  it('accepts a file of the import limit in base64 for import.files only, and still refuses more', async () => {
    const port = served.server.port
    const headers = { Authorization: `Bearer ${served.server.token}`, 'Content-Type': 'application/json' }
    const announced = (bytes: number) => ({ ...headers, 'Content-Length': String(bytes) })
    // 51 MB is refused for any other method; a 50 MB file in base64 (~67 MB) is what import.files may carry.
    const other = await request(port, { method: 'POST', path: '/api/documents.list', headers: announced(51 * 1024 * 1024), body: '{}' })
    expect(other.status).toBe(413)
    const beyond = await request(port, { method: 'POST', path: '/api/import.files', headers: announced(IMPORT_CALL_MAX_BODY_BYTES + 1), body: '{}' })
    expect(beyond.status).toBe(413)
    expect(IMPORT_CALL_MAX_BODY_BYTES).toBeGreaterThan(Math.ceil((50 * 1024 * 1024) / 3) * 4)
    const small = await serveTestProject({ maxBodyBytes: 1000 })
    try {
      const text = `Headline about Hama\n${'The army held the line. '.repeat(200)}`
      const reply = await callApi(small, 'import.files', { files: [{ name: 'a.txt', base64: Buffer.from(text).toString('base64') }] })
      expect(reply.status).toBe(200)
      const report = envelope<Result<'import.files'>>(reply)
      expect(report.ok && report.result.imported).toHaveLength(1)
    } finally {
      await small.dispose()
    }
  })

  it('creates an annotation that documents.get then returns', async () => {
    const created = await callApi(served, 'annotations.create', { documentId: SAMPLE_IDS[1], tag: 'actor', start: 0, end: 10 })
    expect(created.status).toBe(200)
    const annotation = envelope<Result<'annotations.create'>>(created)
    if (!annotation.ok) throw new Error(created.text)
    const fetched = envelope<Result<'documents.get'>>(await callApi(served, 'documents.get', { documentId: SAMPLE_IDS[1] }))
    if (!fetched.ok) throw new Error('documents.get failed')
    expect(fetched.result.annotations).toEqual([expect.objectContaining({ id: annotation.result.id, tag: 'actor', start: 0, end: 10, author: 'test' })])
  })
})
