import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Envelope, type Result } from '../core'
import { DISCOVERY_FILE } from '../server'
import { ONE_ERROR_LINE, tessera } from './testing/run-cli'

/** What the CLI says when the desktop app (which has no local server) holds the project. */
const OPEN_IN_DESKTOP_APP = 'The project is open in Tessera: import with File ▸ Import…, or close the app and run this again.'
const URL_PATTERN = /http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+)/
let dir: string
let server: ChildProcess | null = null

beforeAll(() => {
  if (!existsSync(resolve('out/main/cli.js'))) throw new Error('build the app first (npm run build): this test runs the real bin/tessera.js serve')
})
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-handoff-'))
})
afterEach(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server?.once('exit', done))
    server.kill('SIGINT')
    await exited
  }
  server = null
  await rm(dir, { recursive: true, force: true })
})

async function serve(projectDir: string): Promise<{ port: string; token: string }> {
  const child = spawn(process.execPath, ['bin/tessera.js', 'serve', '--project', projectDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TESSERA_DATA: join(dir, 'data'), TESSERA_AUTHOR: 'Server' }
  })
  server = child
  let output = ''
  const match = await new Promise<RegExpExecArray>((done, fail) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const found = URL_PATTERN.exec(output)
      if (found) done(found)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => fail(new Error(`tessera serve exited with ${code}: ${output}`)))
  })
  return { port: match[1] ?? '', token: match[2] ?? '' }
}

/** The server's event stream, collecting event names as they come. */
async function listen(port: string, token: string): Promise<{ events: string[]; stop(): void }> {
  const controller = new AbortController()
  const response = await fetch(`http://127.0.0.1:${port}/api/events`, { headers: { Authorization: `Bearer ${token}` }, signal: controller.signal })
  const events: string[] = []
  const reader = response.body?.getReader()
  void (async () => {
    const decoder = new TextDecoder()
    for (;;) {
      const chunk = await reader?.read().catch(() => null)
      if (!chunk || chunk.done) return
      for (const line of decoder.decode(chunk.value).split('\n')) if (line.startsWith('event: ')) events.push(line.slice(7))
    }
  })()
  return { events, stop: () => controller.abort() }
}

describe('tessera import while the app has the project open', () => {
  it('hands the files to the running browser-mode server: the document appears there and its event fires', async () => {
    const project = join(dir, 'project')
    const { port, token } = await serve(project)
    await expect.poll(() => existsSync(join(project, DISCOVERY_FILE)), { timeout: 5_000 }).toBe(true)
    expect((await stat(join(project, DISCOVERY_FILE))).mode & 0o777).toBe(0o600)
    const stream = await listen(port, token)
    const file = join(dir, 'حماة report 🙂.txt')
    await writeFile(file, 'Hama 🙂 falls\r\nThe army left حماة on Thursday.')

    const run = await tessera('import', '--project', project, file)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('handed to it')
    expect(run.stdout).toContain('Hama 🙂 falls')

    const list = (await (
      await fetch(`http://127.0.0.1:${port}/api/documents.list`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' })
    ).json()) as Envelope<Result<'documents.list'>>
    expect(list.ok && list.result.map((d) => d.title)).toContain('Hama 🙂 falls')
    await expect.poll(() => stream.events, { timeout: 5_000 }).toContain('documents.added')
    stream.stop()

    server?.kill('SIGINT')
    await new Promise((done) => server?.once('exit', done))
    expect(existsSync(join(project, DISCOVERY_FILE))).toBe(false)
  }, 30_000)

  it('hands a deletion to the running server: the window hears documents.removed, and nothing goes for an unknown id', async () => {
    const project = join(dir, 'project')
    const file = join(dir, 'حماة.txt')
    await writeFile(file, 'Hama falls\nThe army left حماة on Thursday.')
    expect((await tessera('import', '--project', project, file)).code).toBe(0)
    const { port, token } = await serve(project)
    await expect.poll(() => existsSync(join(project, DISCOVERY_FILE)), { timeout: 5_000 }).toBe(true)
    const stream = await listen(port, token)
    const [id] = (JSON.parse((await tessera('list', '--project', project, '--json')).stdout) as { id: string }[]).map((d) => d.id)

    const refused = await tessera('remove', '--project', project, id ?? '', 'no-such-document')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe('tessera: The running Tessera refused the deletion: No document with id no-such-document in this project; nothing was deleted.\n')
    const run = await tessera('remove', '--project', project, id ?? '')
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toBe(`Deleted 1 document with 0 annotations and 0 relations in the open Tessera (Undo there brings them back): ${id}\n`)
    await expect.poll(() => stream.events, { timeout: 5_000 }).toContain('documents.removed')
    stream.stop()
  }, 30_000)

  it('says how to import when the app holding the project has no server (the desktop app), writing nothing', async () => {
    const project = join(dir, 'project')
    const holder = await createCore({ projectDir: project, resourcesDir: resolve('resources'), author: 'Desktop' })
    try {
      const file = join(dir, 'a.txt')
      await writeFile(file, 'Title\n\nBody.')
      const run = await tessera('import', '--project', project, file)
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(ONE_ERROR_LINE)
      expect(run.stderr).toContain(OPEN_IN_DESKTOP_APP)
      expect(await holder.call('documents.list', {})).toEqual([])
    } finally {
      holder.close()
    }
  })
})
