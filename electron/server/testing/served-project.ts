import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createCore, type Core, type Envelope } from '../../core'
import { startServer, type RunningServer, type ServerOptions } from '../server'

/** Test support only: a real core over a temporary project, served on a free loopback port. */
export interface ServedProject {
  dir: string
  projectDir: string
  rendererDir: string
  core: Core
  server: RunningServer
  dispose(): Promise<void>
}

export const INDEX_HTML = '<!doctype html><html><head><title>Tessera test page</title></head><body></body></html>\n'

export interface TestServerOptions extends Partial<ServerOptions> {
  /** Lets a test observe what the server does with the core. */
  wrapCore?: (core: Core) => Core
}

export async function serveTestProject({ wrapCore = (core) => core, ...options }: TestServerOptions = {}): Promise<ServedProject> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-server-'))
  const projectDir = join(dir, 'project')
  const rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML)
  await writeFile(join(rendererDir, '.secret'), 'do-not-serve')
  const core = await createCore({ projectDir, resourcesDir: resolve('resources'), author: 'test', seedSample: true })
  const server = await startServer({ core: wrapCore(core), rendererDir, ...options })
  return {
    dir,
    projectDir,
    rendererDir,
    core,
    server,
    async dispose() {
      await server.close()
      core.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
}

export interface Reply {
  status: number
  headers: IncomingHttpHeaders
  text: string
  json(): unknown
}

export interface RequestOptions {
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
}

/** node:http rather than fetch: fetch will not let a test forge the Host header. */
export function request(port: number, options: RequestOptions): Promise<Reply> {
  return new Promise((resolvePromise, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown })
        })
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** A call as the renderer makes it: POST, JSON, bearer token. */
export function callApi(served: ServedProject, method: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return request(served.server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { Authorization: `Bearer ${served.server.token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input)
  })
}

export function envelope<R>(reply: Reply): Envelope<R> {
  return reply.json() as Envelope<R>
}

export function errorOf(reply: Reply): { code: string; message: string } {
  const body = envelope(reply)
  if (body.ok) throw new Error(`expected a failure, got ${reply.text}`)
  return body.error
}
