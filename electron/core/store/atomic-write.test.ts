import * as fs from 'node:fs/promises'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { listFiles, useTempDirs } from '../testing/helpers'
import { documentFromText } from '../documents/from-text'
import { copyFileAtomic, writeFileAtomic, writeNewFilesAtomic } from './atomic-write'
import { ProjectStore } from './project-store'
import { documentOnDisk } from '../testing/on-disk'

// Lets a test make one file-system step fail, as a full disk or a dying drive would.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>()
  return { ...actual, rename: vi.fn(actual.rename) }
})

const tempDir = useTempDirs()
afterEach(() => vi.mocked(fs.rename).mockClear())

describe('writeFileAtomic', () => {
  it('creates and replaces a file, leaving no temp files behind', async () => {
    const dir = await tempDir()
    const path = join(dir, 'project.json')
    await writeFileAtomic(path, '{"v":1}')
    await writeFileAtomic(path, '{"v":2,"name":"حماة 🙂"}')
    expect(await readFile(path, 'utf8')).toBe('{"v":2,"name":"حماة 🙂"}')
    expect(await listFiles(dir)).toEqual(['project.json'])
    expect(vi.mocked(fs.rename)).toHaveBeenCalledTimes(2)
  })

  it('leaves one whole version when writes race, and no temp files', async () => {
    const dir = await tempDir()
    const path = join(dir, 'doc.json')
    const versions = Array.from({ length: 20 }, (_, i) => JSON.stringify({ version: i, body: 'x'.repeat(10_000 + i) }))
    await Promise.all(versions.map((content) => writeFileAtomic(path, content)))
    expect(versions).toContain(await readFile(path, 'utf8'))
    expect(await listFiles(dir)).toEqual(['doc.json'])
  })

  it('keeps the original content and removes its temp file when the rename fails', async () => {
    const dir = await tempDir()
    const path = join(dir, 'doc.json')
    await writeFile(path, 'original content')
    vi.mocked(fs.rename).mockRejectedValueOnce(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' }))
    await expect(writeFileAtomic(path, 'new content')).rejects.toThrow(/EIO/)
    expect(await readFile(path, 'utf8')).toBe('original content')
    expect(await listFiles(dir)).toEqual(['doc.json'])
  })

  it('fails without harm when the target path is a folder', async () => {
    const dir = await tempDir()
    const target = join(dir, 'documents')
    await mkdir(target)
    await writeFile(join(target, 'a.json'), 'kept')
    await expect(writeFileAtomic(target, 'new content')).rejects.toThrow()
    expect(await readFile(join(target, 'a.json'), 'utf8')).toBe('kept')
    expect(await listFiles(dir)).toEqual(['documents/a.json'])
  })

  it('fails when the folder does not exist, creating nothing', async () => {
    const dir = await tempDir()
    await expect(writeFileAtomic(join(dir, 'missing', 'doc.json'), 'x')).rejects.toThrow(/ENOENT/)
    expect(await listFiles(dir)).toEqual([])
  })
})

describe('writeNewFilesAtomic', () => {
  const contents = (dir: string, count: number) => Array.from({ length: count }, (_, i) => ({ path: join(dir, `d${i}.json`), content: () => `{"n":${i},"t":"حماة 🙂${'x'.repeat(i * 100)}"}` }))

  it('writes every file whole, more of them than it writes at once, leaving no temp files', async () => {
    const dir = await tempDir()
    const files = contents(dir, 25)
    await writeNewFilesAtomic(files, 4)
    expect(await Promise.all(files.map((f) => readFile(f.path, 'utf8')))).toEqual(files.map((f) => f.content()))
    expect(await listFiles(dir)).toHaveLength(25)
  })

  it('leaves none of the files and no temp file when one cannot be written while others are being written', async () => {
    const dir = await tempDir()
    const files = contents(dir, 12)
    files.splice(5, 0, { path: join(dir, 'missing', 'd.json'), content: () => 'x' })
    await expect(writeNewFilesAtomic(files, 4)).rejects.toThrow(/ENOENT/)
    expect(await listFiles(dir)).toEqual([])
  })

  it('takes back the files already in place when a later rename fails', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'kept.json'), 'kept')
    const actual = await vi.importActual<typeof fs>('node:fs/promises')
    let calls = 0
    vi.mocked(fs.rename).mockImplementation(async (from, to) => {
      calls += 1
      if (calls === 3) throw Object.assign(new Error('ENOSPC: no space left on device, rename'), { code: 'ENOSPC' })
      return actual.rename(from, to)
    })
    try {
      await expect(writeNewFilesAtomic(contents(dir, 6))).rejects.toThrow(/ENOSPC/)
    } finally {
      vi.mocked(fs.rename).mockImplementation(actual.rename)
    }
    expect(await listFiles(dir)).toEqual(['kept.json'])
  })
})

describe('copyFileAtomic', () => {
  it('keeps the target and removes its temp file when the rename fails', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'from.json'), 'copy')
    await writeFile(join(dir, 'to.json'), 'original content')
    vi.mocked(fs.rename).mockRejectedValueOnce(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' }))
    await expect(copyFileAtomic(join(dir, 'from.json'), join(dir, 'to.json'))).rejects.toThrow(/EIO/)
    expect(await readFile(join(dir, 'to.json'), 'utf8')).toBe('original content')
    expect(await listFiles(dir)).toEqual(['from.json', 'to.json'])
  })
})

describe('ProjectStore when a save fails', () => {
  it('keeps the previous state in memory and on disk, and saves the next change', async () => {
    const dir = await tempDir()
    const store = await ProjectStore.open(dir)
    try {
      await store.addDocuments([documentFromText('a.txt', 'Hama\nBody', {}, 'a')])
      const docPath = join(dir, 'documents', 'a.json')
      const before = await readFile(docPath)
      vi.mocked(fs.rename).mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))
      await expect(store.updateDocument('a', (draft) => void (draft.title = 'Lost'))).rejects.toThrow(/The disk is full/)
      expect(await readFile(docPath)).toEqual(before)
      expect((await store.getDocument('a')).title).toBe('Hama')
      // A change queued behind a failing one builds on the last saved state, not on the failed change.
      vi.mocked(fs.rename).mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))
      const failing = store.updateDocument('a', (draft) => void (draft.title = 'Lost again'))
      const queued = store.updateDocument('a', (draft) => void (draft.source = 'Saved'))
      await expect(failing).rejects.toThrow(/The disk is full/)
      await queued
      const current = await store.getDocument('a')
      expect(current.title).toBe('Hama')
      expect(current.source).toBe('Saved')
      expect(documentOnDisk(docPath)).toEqual(current)
      expect(await listFiles(dir)).toEqual(['documents/a.journal', 'documents/a.json', 'project.json', 'tessera.lock'])
    } finally {
      store.close()
    }
  })
})
