import { request as httpRequest, type IncomingMessage } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededRandom } from '../core/testing/seeded-random'
import { errorOf, request, serveTestProject, type ServedProject } from './testing/served-project'
import { useWarmImportWorkers } from '../core/import/worker/testing'

const WORDS = ['Hama', 'army', 'said', 'convoy', 'حماة', 'الجيش', 'rebels', 'village', '🙂', '🇸🇾', 'claimed', 'front', 'Résidence', 'outlet']
const DOCUMENTS = 12
const DOCUMENT_CHARS = 1_000_000

let served: ServedProject
let lastId = ''
beforeAll(async () => {
  served = await serveTestProject()
  // 12 distinct articles of ~1 MB: a ~14 MB export (more bytes in UTF-8), far more than the socket buffers of a paused reader hold.
  const random = seededRandom(7)
  const files = Array.from({ length: DOCUMENTS }, (_, n) => {
    let text = `Article ${n}\n\n`
    while (text.length < DOCUMENT_CHARS) text += `${WORDS[Math.floor(random() * WORDS.length)]}${random() < 0.1 ? '.\n\n' : ' '}`
    return { name: `article-${String(n).padStart(3, '0')}.txt`, base64: Buffer.from(text).toString('base64') }
  })
  const report = await served.core.call('import.files', { files })
  expect(report.imported).toHaveLength(DOCUMENTS)
  lastId = report.imported.at(-1)?.documentId ?? ''
}, 120_000)
afterAll(() => served.dispose())

function startDownload(body: unknown): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: served.server.port,
        method: 'POST',
        path: '/api/export/download',
        headers: { Authorization: `Bearer ${served.server.token}`, 'Content-Type': 'application/json' }
      },
      resolve
    )
    req.on('error', reject)
    req.end(JSON.stringify(body))
  })
}

function readRest(res: IncomingMessage, first: Buffer[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks = [...first]
    res.on('data', (chunk: Buffer) => chunks.push(chunk))
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    res.on('error', reject)
    res.resume()
  })
}

useWarmImportWorkers()

describe('browser-mode export download', () => {
  it('streams: the response starts before the export has read the last document', async () => {
    const res = await startDownload({ format: 'jsonl' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/jsonl')
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''.+\.jsonl$/)
    // Take the first piece, then stop reading: a streaming server must wait for the socket to drain.
    const first = await new Promise<Buffer>((resolve) => res.once('data', (chunk: Buffer) => {
      res.pause()
      resolve(chunk)
    }))
    // Changed after the download began: a server that built the file first could not hold the new title.
    await served.core.call('documents.updateMetadata', { documentId: lastId, changes: { title: 'Renamed while streaming 🙂 حماة' } })
    const text = await readRest(res, [first])
    const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string; id?: string; title?: string })
    expect(lines[0]?.type).toBe('header')
    expect(lines.find((l) => l.id === lastId)?.title).toBe('Renamed while streaming 🙂 حماة')
    expect(lines.filter((l) => l.type === 'document').length).toBeGreaterThanOrEqual(DOCUMENTS)
    expect(Buffer.byteLength(text)).toBeGreaterThan(DOCUMENTS * DOCUMENT_CHARS)

    const report = await request(served.server.port, {
      path: `/api/export/report/${String(res.headers['x-tessera-export-id'])}`,
      headers: { Authorization: `Bearer ${served.server.token}` }
    })
    expect(report.json()).toMatchObject({ ok: true, result: { documentCount: lines.length - 1 } })
  }, 60_000)

  it('streams a multi-file export as a ZIP', async () => {
    const res = await startDownload({ format: 'brat', documents: { ids: [lastId] } })
    expect(res.headers['content-type']).toBe('application/zip')
    const chunks: Buffer[] = []
    for await (const chunk of res) chunks.push(chunk as Buffer)
    expect(Buffer.concat(chunks).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
  })

  it('refuses bad options with the API error before any byte of a file, needs the token, and has no report for an unknown id', async () => {
    const bad = await request(served.server.port, {
      method: 'POST',
      path: '/api/export/download',
      headers: { Authorization: `Bearer ${served.server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'pdf' })
    })
    expect(bad.status).toBe(400)
    expect(errorOf(bad).code).toBe('invalid-input')
    const anonymous = await request(served.server.port, { method: 'POST', path: '/api/export/download', headers: { 'Content-Type': 'application/json' }, body: '{}' })
    expect(anonymous.status).toBe(401)
    const unknown = await request(served.server.port, { path: '/api/export/report/nope', headers: { Authorization: `Bearer ${served.server.token}` } })
    expect(unknown.status).toBe(404)
  })
})
