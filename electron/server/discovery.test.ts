import { spawn } from 'node:child_process'
import { chmod, chown, mkdir, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { inEnglish } from '../core/shared/i18n/said'
import { DISCOVERY_FILE, readDiscoveryFile, removeDiscoveryFile, writeDiscoveryFile, type Discovery, type DiscoveryLookup } from './discovery'

const NOBODY = 65534
const isRoot = process.getuid?.() === 0
let dir: string

/** Why the file was ignored, in English (as the CLI prints it with --lang en). */
const problemText = (lookup: DiscoveryLookup): string | null => lookup.problem && inEnglish(lookup.problem)

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-discovery-'))
  // Another local user must be able to look into the project folder, as in a shared home or /srv.
  await chmod(dir, 0o755)
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/**
 * What another local user runs to steal the token: it watches the project folder (inotify), opens every
 * file the moment it appears, and at the end reads everything it managed to open. As root, the test runs
 * it as `nobody`, whose opens only succeed while a file is readable by others; otherwise as this user,
 * and it then records the mode each file had when it was first seen.
 */
const WATCHER = `
const fs = require('node:fs')
const path = require('node:path')
const dir = process.argv[1]
const opened = []
const permissive = []
fs.watch(dir, (event, name) => {
  if (!name) return
  try {
    const fd = fs.openSync(path.join(dir, name), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK)
    const mode = fs.fstatSync(fd).mode & 0o777
    if (mode & 0o077) permissive.push(name + ' ' + mode.toString(8))
    opened.push(fd)
  } catch {}
})
process.stdout.write('watching\\n')
process.stdin.on('data', () => {
  const contents = opened.map((fd) => { try { return fs.readFileSync(fd, 'utf8') } catch { return '' } })
  process.stdout.write(JSON.stringify({ opened: opened.length, permissive, contents }) + '\\n')
  process.exit(0)
})
`

interface WatcherReport {
  opened: number
  permissive: string[]
  contents: string[]
}

async function startWatcher(folder: string): Promise<{ report(): Promise<WatcherReport> }> {
  const child = spawn(process.execPath, ['-e', WATCHER, folder], {
    stdio: ['pipe', 'pipe', 'inherit'],
    ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {})
  })
  let output = ''
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => (output += chunk))
  await expect.poll(() => output, { timeout: 10_000 }).toContain('watching\n')
  return {
    async report() {
      child.stdin.write('report\n')
      await new Promise((done) => child.once('exit', done))
      return JSON.parse(output.slice('watching\n'.length)) as WatcherReport
    }
  }
}

function discoveryFor(projectDir: string, token = `token-${'x'.repeat(40)}`): Discovery {
  return { port: 4784, token, pid: process.pid, projectDir }
}

describe('the discovery file, which holds the session token', () => {
  it('is never readable by another user, not even for an instant: a watcher over 200 starts sees nothing', async () => {
    const watcher = await startWatcher(dir)
    const tokens: string[] = []
    for (let start = 0; start < 200; start += 1) {
      const token = `start-${start}-${'t'.repeat(32)}`
      tokens.push(token)
      await writeDiscoveryFile(discoveryFor(dir, token))
      expect((await stat(join(dir, DISCOVERY_FILE))).mode & 0o777).toBe(0o600)
      await removeDiscoveryFile(dir)
    }
    const report = await watcher.report()
    expect(report.permissive).toEqual([])
    expect(report.contents.filter((text) => tokens.some((token) => text.includes(token)))).toEqual([])
    if (isRoot) expect(report.opened).toBe(0)
  }, 60_000)
})

describe('readDiscoveryFile', () => {
  const path = (): string => join(dir, DISCOVERY_FILE)

  it('trusts a valid file of this user that no one else can read, and reports nothing when there is none', async () => {
    expect(await readDiscoveryFile(dir)).toEqual({ discovery: null, problem: null })
    await writeDiscoveryFile(discoveryFor(dir))
    expect(await readDiscoveryFile(dir)).toEqual({ discovery: discoveryFor(dir), problem: null })
  })

  it('ignores a file others can read or change, saying so', async () => {
    await writeDiscoveryFile(discoveryFor(dir))
    for (const mode of [0o644, 0o640, 0o602]) {
      await chmod(path(), mode)
      const lookup = await readDiscoveryFile(dir)
      expect(lookup.discovery).toBeNull()
      expect(problemText(lookup)).toBe(`Ignored ${path()}: other users can read or change it (mode 0${mode.toString(8)}; it must be 0600).`)
    }
  })

  it.skipIf(!isRoot)('ignores a file that belongs to another user, saying so', async () => {
    await writeDiscoveryFile(discoveryFor(dir))
    await chown(path(), NOBODY, NOBODY)
    const lookup = await readDiscoveryFile(dir)
    expect(lookup.discovery).toBeNull()
    expect(problemText(lookup)).toBe(`Ignored ${path()}: it belongs to another user (uid ${NOBODY}), not to you (uid 0).`)
  })

  it('ignores a symbolic link, a folder and a file too large to be one, saying so', async () => {
    const elsewhere = join(dir, 'elsewhere')
    await mkdir(elsewhere)
    await writeDiscoveryFile(discoveryFor(elsewhere))
    await symlink(join(elsewhere, DISCOVERY_FILE), path())
    expect(problemText(await readDiscoveryFile(dir))).toMatch(/: it is a symbolic link, not a file this user wrote\.$/)

    await rm(path())
    await mkdir(path())
    expect(problemText(await readDiscoveryFile(dir))).toMatch(/: it is not a regular file\.$/)

    await rm(path(), { recursive: true })
    await writeFile(path(), `${JSON.stringify(discoveryFor(dir))}${' '.repeat(5_000)}`, { mode: 0o600 })
    expect(problemText(await readDiscoveryFile(dir))).toMatch(/: it is 5\d{3} bytes, far more than a discovery file holds\.$/)
  })

  it('ignores damaged content, saying so, and a file whose server has gone, silently', async () => {
    await writeFile(path(), '{"port":', { mode: 0o600 })
    expect(problemText(await readDiscoveryFile(dir))).toBe(`Ignored ${path()}: it is not a valid discovery file.`)
    // A server killed before it could remove its file: nothing to report, nothing to call.
    await writeDiscoveryFile({ ...discoveryFor(dir), pid: 2 ** 22 + 1 })
    expect(await readDiscoveryFile(dir)).toEqual({ discovery: null, problem: null })
  })
})
