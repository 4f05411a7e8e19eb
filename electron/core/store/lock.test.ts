import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { readFile, utimes, writeFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { documentFromText } from '../documents/from-text'
import { listFiles, useTempDirs } from '../testing/helpers'
import { LOCK_FILE } from './lock'
import { processStartTime } from './process-identity'
import { ProjectStore } from './project-store'

const tempDir = useTempDirs()
const CONTENDER = fileURLToPath(new URL('../testing/lock-contender.ts', import.meta.url))
const stores: ProjectStore[] = []
const children: ChildProcess[] = []
afterEach(async () => {
  stores.splice(0).forEach((store) => store.close())
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill()
      await once(child, 'exit')
    }
  }
})

async function openStore(dir: string, readOnly = false): Promise<ProjectStore> {
  const store = await ProjectStore.open(dir, { readOnly })
  stores.push(store)
  return store
}

async function newProject(): Promise<string> {
  const dir = await tempDir()
  const store = await ProjectStore.open(dir)
  await store.addDocuments([documentFromText('a.txt', 'Hama\nThe army held the city.', {}, 'a')])
  store.close()
  return dir
}

async function writeLock(dir: string, pid: number, host = hostname(), startTime = processStartTime(pid)): Promise<void> {
  await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid, host, nonce: 'n', startTime, since: new Date().toISOString() }))
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  await once(child, 'exit')
  return child.pid ?? -1
}

async function lockOwner(dir: string): Promise<{ pid: number; host: string }> {
  return JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as { pid: number; host: string }
}

describe('project lock', () => {
  it('refuses a second open of a folder this process has open, naming the folder, until the first closes', async () => {
    const dir = await newProject()
    const first = await openStore(dir)
    expect(await lockOwner(dir)).toEqual(expect.objectContaining({ pid: process.pid, host: hostname() }))
    const refusal = ProjectStore.open(dir)
    await expect(refusal).rejects.toThrow(dir)
    await expect(refusal).rejects.toThrow(/already open/)
    first.close()
    await expect(readFile(join(dir, LOCK_FILE))).rejects.toThrow(/ENOENT/)
    const again = await openStore(dir)
    expect(again.hasDocument('a')).toBe(true)
  })

  it('refuses a folder locked by a live other process, then takes over the lock once that process is gone', async () => {
    const dir = await newProject()
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    children.push(child)
    await once(child, 'spawn')
    const pid = child.pid ?? -1
    expect(pid).toBeGreaterThan(0)
    await writeLock(dir, pid)

    const refusal = ProjectStore.open(dir)
    await expect(refusal).rejects.toThrow(dir)
    await expect(refusal).rejects.toThrow(`pid ${pid}`)
    expect((await lockOwner(dir)).pid).toBe(pid)

    child.kill()
    await once(child, 'exit')
    const store = await openStore(dir)
    expect((await lockOwner(dir)).pid).toBe(process.pid)
    await store.updateDocument('a', (draft) => {
      draft.title = 'Renamed'
    })
    expect((await store.getDocument('a')).title).toBe('Renamed')
  })

  it('treats a lock held on another machine as held, even if no such pid runs here', async () => {
    const dir = await newProject()
    await writeLock(dir, await deadPid(), `${hostname()}-elsewhere`)
    await expect(ProjectStore.open(dir)).rejects.toThrow(/open in Tessera on another computer/)
  })

  it('takes over an unreadable lock file once it is old, and treats a young empty one as held', async () => {
    const dir = await newProject()
    await writeFile(join(dir, LOCK_FILE), '')
    await expect(ProjectStore.open(dir)).rejects.toThrow(/being opened by another process/)
    await writeFile(join(dir, LOCK_FILE), 'garbage')
    const old = new Date(Date.now() - 60_000)
    await utimes(join(dir, LOCK_FILE), old, old)
    await openStore(dir)
    expect((await lockOwner(dir)).pid).toBe(process.pid)
  })

  it('takes over a lock whose pid now belongs to another program (started later than the lock says)', async () => {
    const dir = await newProject()
    const child = spawn('sleep', ['60'], { stdio: 'ignore' })
    children.push(child)
    await once(child, 'spawn')
    const pid = child.pid ?? -1
    const actual = processStartTime(pid)
    if (actual === null) throw new Error('this test needs /proc')
    await writeLock(dir, pid, hostname(), String(Number(actual) - 1))
    await openStore(dir)
    expect((await lockOwner(dir)).pid).toBe(process.pid)
  })

  it('names the lock file as the way out when a live pid cannot be checked', async () => {
    const dir = await newProject()
    const child = spawn('sleep', ['60'], { stdio: 'ignore' })
    children.push(child)
    await once(child, 'spawn')
    await writeLock(dir, child.pid ?? -1, hostname(), null)
    const refusal = ProjectStore.open(dir)
    await expect(refusal).rejects.toThrow(/may not be Tessera/)
    await expect(refusal).rejects.toThrow(`delete ${join(dir, LOCK_FILE)}`)
  })

  it('records the owner with a nonce and start time, and leaves no temp files', async () => {
    const dir = await newProject()
    await openStore(dir)
    const owner = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as Record<string, unknown>
    expect(owner).toEqual(expect.objectContaining({ pid: process.pid, startTime: processStartTime(process.pid) }))
    expect(owner['nonce']).toMatch(/^[0-9a-f]{24}$/)
    expect(await listFiles(dir)).toEqual(['documents/a.json', 'project.json', LOCK_FILE])
  })

  it('lets exactly one of many processes started at the same instant take over a stale lock, every round', async () => {
    const dir = await newProject()
    const winners: string[] = []
    for (let round = 0; round < 4; round += 1) {
      await writeLock(dir, await deadPid())
      const ids = Array.from({ length: 10 }, (_, i) => `r${round}-p${i}`)
      const contenders = await Promise.all(ids.map((id) => startContender(dir, id)))
      contenders.forEach((c) => c.child.stdin?.write('go\n'))
      const results = await Promise.all(contenders.map((c) => c.result))
      const won = results.filter((r) => r.ok)
      expect(won, JSON.stringify(results)).toHaveLength(1)
      for (const lost of results.filter((r) => !r.ok)) expect(lost.message).toMatch(/already open|being opened/)
      winners.push(...won.map((r) => r.id))
      contenders.forEach((c) => c.child.stdin?.end('close\n'))
      await Promise.all(contenders.map((c) => (c.child.exitCode === null ? once(c.child, 'exit') : null)))
    }
    const project = JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')) as { documentIds: string[] }
    expect(project.documentIds).toEqual(['a', ...winners])
    expect(await listFiles(dir)).toEqual([...['a', ...winners].map((id) => `documents/${id}.json`).sort(), 'project.json'])
  }, 120_000)
})

interface ContenderResult {
  ok: boolean
  id: string
  message?: string
}

/** A contender process, loaded and waiting: the test releases all of them at once. */
async function startContender(dir: string, id: string): Promise<{ child: ChildProcess; result: Promise<ContenderResult> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CONTENDER, dir, id], { stdio: ['pipe', 'pipe', 'inherit'] })
  children.push(child)
  // A loser exits by itself: a late write to its closed stdin is not a failure.
  child.stdin?.on('error', () => undefined)
  const lines = createInterface({ input: child.stdout ?? Readable.from([]) })
  const [first] = (await once(lines, 'line')) as [string]
  expect(first).toBe('ready')
  const result = once(lines, 'line').then(([line]) => JSON.parse(line as string) as ContenderResult)
  return { child, result }
}

describe('read-only open', () => {
  it('reads a project while another instance holds the lock, and refuses every write', async () => {
    const dir = await newProject()
    const writer = await openStore(dir)
    const reader = await openStore(dir, true)
    expect(reader.info.documentIds).toEqual(['a'])
    expect((await reader.getDocument('a')).text).toBe('Hama\n\nThe army held the city.')
    const before = await readFile(join(dir, 'documents', 'a.json'))

    await expect(reader.updateDocument('a', (draft) => void (draft.title = 'x'))).rejects.toThrow(/read-only/)
    await expect(reader.addDocuments([documentFromText('b.txt', 'B\nbody', {}, 'b')])).rejects.toThrow(/read-only/)
    expect(await readFile(join(dir, 'documents', 'a.json'))).toEqual(before)
    expect(reader.hasDocument('b')).toBe(false)

    // Closing the reader must not release the writer's lock.
    reader.close()
    expect((await lockOwner(dir)).pid).toBe(process.pid)
    await expect(ProjectStore.open(dir)).rejects.toThrow(/already open/)
    await writer.updateDocument('a', (draft) => void (draft.title = 'Still writable'))
    expect((await writer.getDocument('a')).title).toBe('Still writable')
  })
})
