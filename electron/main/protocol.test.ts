import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../core/security'

const electron = vi.hoisted(() => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }))
vi.mock('electron', () => electron)

const { createAppRequestHandler, fileInside, registerAppScheme, serveRenderer } = await import('./protocol')

let base: string
let rendererDir: string
let handle: (request: Request) => Promise<Response>
const get = (url: string) => handle(new Request(url))

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'tessera-protocol-'))
  rendererDir = join(base, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Tessera</title>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(rendererDir, 'assets', 'app.css'), 'body{}')
  await writeFile(join(base, 'secret.txt'), 'do not serve')
  await writeFile(join(base, 'renderer-evil.txt'), 'do not serve either')
  handle = createAppRequestHandler(rendererDir)
})
afterAll(() => rm(base, { recursive: true, force: true }))

describe('app:// protocol', () => {
  it('registers app: as a standard, secure scheme that supports fetch', () => {
    registerAppScheme()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) }
    ])
  })

  it('hands the app: scheme to the renderer handler', () => {
    serveRenderer(rendererDir)
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('serves index.html for / with the Content-Security-Policy header', async () => {
    for (const url of ['app://tessera/', 'app://tessera/index.html']) {
      const response = await get(url)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(await response.text()).toContain('<title>Tessera</title>')
    }
  })

  it('serves assets with their MIME types', async () => {
    const script = await get('app://tessera/assets/app.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')
    expect((await get('app://tessera/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it('answers 404 for missing files, folders and other hosts', async () => {
    expect((await get('app://tessera/nope.js')).status).toBe(404)
    expect((await get('app://tessera/assets')).status).toBe(404)
    expect((await get('app://other/index.html')).status).toBe(404)
  })

  it('refuses ../ traversal out of the renderer folder, encoded or not', async () => {
    for (const url of ['app://tessera/..%2Fsecret.txt', 'app://tessera/%2e%2e%2fsecret.txt', 'app://tessera/assets/..%2F..%2Fsecret.txt']) {
      const response = await get(url)
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('do not serve')
    }
  })

  it('resolves paths only inside the root, even for a sibling folder that shares its prefix', () => {
    expect(fileInside(rendererDir, '/../secret.txt')).toBeNull()
    expect(fileInside(rendererDir, '/../renderer-evil.txt')).toBeNull()
    expect(fileInside(rendererDir, '/%2e%2e/secret.txt')).toBeNull()
    expect(fileInside(rendererDir, '/%E0%A4%A')).toBeNull()
    expect(fileInside(rendererDir, '/index.html%00.js')).toBeNull()
    expect(fileInside(rendererDir, '/assets/app.js')).toBe(join(rendererDir, 'assets', 'app.js'))
    expect(fileInside(rendererDir, '/')).toBe(join(rendererDir, 'index.html'))
  })
})
