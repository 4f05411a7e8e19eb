import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { documentFromText } from '../documents/from-text'
import { useTempDirs } from '../testing/helpers'
import { LOCK_FILE } from './lock'
import { ProjectStore } from './project-store'

const tempDir = useTempDirs()
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

async function writeLock(dir: string, pid: number, host = hostname()): Promise<void> {
  await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid, host, since: new Date().toISOString() }))
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
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
    await once(child, 'exit')
    await writeLock(dir, child.pid ?? -1, `${hostname()}-elsewhere`)
    await expect(ProjectStore.open(dir)).rejects.toThrow(/already open in another Tessera process/)
  })

  it('takes over an unreadable lock file', async () => {
    const dir = await newProject()
    await writeFile(join(dir, LOCK_FILE), 'garbage')
    await openStore(dir)
    expect((await lockOwner(dir)).pid).toBe(process.pid)
  })
})

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
