import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareProjectFolder } from '../core/store/project-folder'
import { useTempDirs } from '../core/testing/helpers'

/**
 * Issue 17 item 9: a project folder under /proc (or /sys, /dev, any pseudo file system) used to send
 * Node's `mkdir({ recursive: true })` into an endless loop at full CPU that ignored SIGTERM. Each case
 * runs in a child process, killed after KILL_AFTER_MS: it must end by itself, at once, with the reason.
 */
const CLI_CHILD = fileURLToPath(new URL('./testing/cli-child.ts', import.meta.url))
const CREATE_CHILD = fileURLToPath(new URL('../core/testing/create-project-child.ts', import.meta.url))
/** Far above the ~3 s a child needs to start through tsx on a loaded machine; the old code never ended. */
const KILL_AFTER_MS = 45_000
const REFUSED = /\/proc\/self\/x cannot be a project folder: \/proc is a system folder that holds no ordinary files/

interface ChildRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
}

function runChild(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ChildRun> {
  const started = Date.now()
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS)
  return new Promise((done) =>
    child.on('close', (code, signal) => {
      clearTimeout(killer)
      done({ code, signal, stdout, stderr, ms: Date.now() - started })
    })
  )
}

let rendererDir = ''
let dataDir = ''
beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'tessera-renderer-'))
  dataDir = await mkdtemp(join(tmpdir(), 'tessera-data-'))
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Tessera</title>')
})
afterAll(async () => {
  await rm(rendererDir, { recursive: true, force: true })
  await rm(dataDir, { recursive: true, force: true })
})

describe('a project folder on a pseudo file system is refused at once', () => {
  const env = { TESSERA_DATA: dataDir }
  it.each([
    ['tessera init', ['init', '/proc/self/x']],
    ['tessera serve --project', ['serve', '--project', '/proc/self/x', '--port', '0']],
    ['tessera import --project', ['import', '--project', '/proc/self/x', 'package.json']]
  ])('%s /proc/self/x ends by itself with exit code 1 and the reason', async (_name, argv) => {
    const run = await runChild(CLI_CHILD, [rendererDir, ...argv], { ...env, TESSERA_DATA: dataDir })
    expect(run.signal).toBeNull()
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(REFUSED)
  }, 2 * KILL_AFTER_MS)

  it('workspace.createProject in /proc/self/x answers with the reason', async () => {
    const run = await runChild(CREATE_CHILD, ['/proc/self/x'])
    expect(run.signal).toBeNull()
    expect(run.stdout).toMatch(/^not-a-project|^unreadable/)
    expect(run.stdout).toMatch(REFUSED)
  }, 2 * KILL_AFTER_MS)
})

describe('prepareProjectFolder', () => {
  const tempDir = useTempDirs()

  it.each(['/sys/tessera/x', '/dev/tessera-x', '/proc/1/tessera'])('refuses %s without creating anything', async (folder) => {
    await expect(prepareProjectFolder(folder)).rejects.toThrow(/cannot be a project folder: \/(sys|dev|proc) is a system folder/)
  })

  it('refuses a path through a file, naming it', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'file'), 'x')
    await expect(prepareProjectFolder(join(dir, 'file', 'project'))).rejects.toThrow(/a part of its path is a file/)
    await expect(prepareProjectFolder(join(dir, 'file'))).rejects.toThrow(/is a file, not a folder/)
  })

  it('makes a missing folder with its parents, and leaves no probe behind', async () => {
    const dir = await tempDir()
    await prepareProjectFolder(join(dir, 'a', 'b', 'project'))
    const { readdir } = await import('node:fs/promises')
    expect(await readdir(join(dir, 'a', 'b', 'project'))).toEqual([])
  })
})
