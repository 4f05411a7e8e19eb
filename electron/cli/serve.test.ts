import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServer as createNetServer } from 'node:net'
import type { Envelope, Result } from '../core'
import { PREFERRED_PORT } from './commands/serve'
import { ONE_ERROR_LINE, startCli, tessera } from './testing/run-cli'

/** The line the e2e tests parse: keep it in step with electron/cli/commands/serve.ts. */
const SERVING_LINE = /^Tessera is serving (.+) in browser mode: (http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+))$/

let dir: string
let rendererDir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-serve-'))
  rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>served</title>')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('tessera serve (in-process)', () => {
  it('seeds a new project with the sample when asked, prints the URL, answers with the token, and releases the lock when stopped', async () => {
    const projectDir = join(dir, 'default-project')
    const stop = new AbortController()
    const cli = startCli(['serve', '--sample'], { rendererDir, env: { TESSERA_PROJECT: projectDir }, stop: stop.signal })
    await expect.poll(() => cli.stdout().split('\n').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3)
    const [serving, hint] = cli.stdout().split('\n')
    const match = SERVING_LINE.exec(serving ?? '')
    expect(match?.[1]).toBe(projectDir)
    expect(hint).toBe('Open that address in a browser; press Ctrl+C to stop.')
    const origin = `http://127.0.0.1:${match?.[3] ?? ''}`

    const page = await fetch(`${origin}/`)
    expect(await page.text()).toContain('<title>served</title>')
    const list = await fetch(`${origin}/api/documents.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${match?.[4] ?? ''}`, 'Content-Type': 'application/json' },
      body: '{}'
    })
    const body = (await list.json()) as Envelope<Result<'documents.list'>>
    expect(body.ok && body.result).toHaveLength(5)
    expect(existsSync(join(projectDir, 'tessera.lock'))).toBe(true)

    stop.abort()
    const run = await cli.done
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout.split('\n')).toHaveLength(3)
    expect(existsSync(join(projectDir, 'tessera.lock'))).toBe(false)
    await expect(fetch(`${origin}/`)).rejects.toThrow()
  })

  it('starts a new project folder empty: the sample comes only with --sample', async () => {
    for (const named of ['argument', 'environment'] as const) {
      const projectDir = join(dir, `new-${named}`)
      const stop = new AbortController()
      const argv = named === 'argument' ? ['serve', '--project', projectDir, '--port', '0'] : ['serve', '--port', '0']
      const cli = startCli(argv, { rendererDir, env: named === 'environment' ? { TESSERA_PROJECT: projectDir } : {}, stop: stop.signal })
      const servingLine = (): RegExpExecArray | null => SERVING_LINE.exec(cli.stdout().split('\n')[0] ?? '')
      await expect.poll(servingLine, { timeout: 10_000 }).not.toBeNull()
      const match = servingLine()
      expect(match?.[1]).toBe(projectDir)
      const list = await fetch(`http://127.0.0.1:${match?.[3] ?? ''}/api/documents.list`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${match?.[4] ?? ''}`, 'Content-Type': 'application/json' },
        body: '{}'
      })
      const body = (await list.json()) as Envelope<Result<'documents.list'>>
      expect(body.ok && body.result, named).toEqual([])
      expect(JSON.parse(await readFile(join(projectDir, 'project.json'), 'utf8'))).toMatchObject({ documentIds: [] })
      stop.abort()
      expect((await cli.done).code).toBe(0)
    }
  })

  it('moves to a free port when the preferred one is taken and no --port was given', async () => {
    const blocker = createNetServer()
    await new Promise<void>((resolve) => {
      // Already held by another program is just as good for this test.
      blocker.once('error', () => resolve())
      blocker.listen(PREFERRED_PORT, '127.0.0.1', () => resolve())
    })
    const stop = new AbortController()
    const cli = startCli(['serve', '--project', join(dir, 'p')], { rendererDir, stop: stop.signal })
    try {
      const servingLine = (): RegExpExecArray | null => SERVING_LINE.exec(cli.stdout().split('\n')[0] ?? '')
      await expect.poll(servingLine, { timeout: 10_000 }).not.toBeNull()
      const port = Number(servingLine()?.[3])
      expect(port).not.toBe(PREFERRED_PORT)
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200)
    } finally {
      stop.abort()
      await cli.done
      blocker.close()
    }
  })

  it('tells to build the app when the renderer is missing, before touching the project', async () => {
    const projectDir = join(dir, 'untouched')
    const run = await tessera('serve', '--project', projectDir)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(ONE_ERROR_LINE)
    expect(run.stderr).toContain('npm run build')
    expect(existsSync(projectDir)).toBe(false)
  })

  it('refuses a port that is not a port with exit code 2', async () => {
    for (const port of ['abc', '70000', '-1']) {
      const run = await tessera('serve', '--project', join(dir, 'p'), '--port', port)
      expect(run.code, port).toBe(2)
      expect(run.stderr).toMatch(ONE_ERROR_LINE)
    }
  })
})
