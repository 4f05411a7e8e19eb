import * as fs from 'node:fs'
import * as fsp from 'node:fs/promises'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCore } from '../core'
import { documentFromText } from '../documents/from-text'
import { RESOURCES_DIR, listFiles, useTempDirs } from '../testing/helpers'
import { ProjectStore } from './project-store'
import { documentOnDisk } from '../testing/on-disk'
import { importTexts } from '../testing/import-texts'
import { useWarmImportWorkers } from '../import/worker/testing'

// Imports run in the shared import worker: started once, before the tests, not inside one's time.
useWarmImportWorkers()

// Lets a test make one file-system step fail, as a full disk or a read-only mount would.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsp>()
  return { ...actual, rename: vi.fn(actual.rename) }
})
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>()
  return { ...actual, linkSync: vi.fn(actual.linkSync) }
})

const tempDir = useTempDirs()
afterEach(() => {
  vi.mocked(fsp.rename).mockReset()
  vi.mocked(fs.linkSync).mockReset()
})

function errno(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path })
}

/** Lets the first `passes` renames through, then fails the next one with `code`. */
async function failRenameAfter(passes: number, code: string): Promise<void> {
  const actual = await vi.importActual<typeof fsp>('node:fs/promises')
  let calls = 0
  vi.mocked(fsp.rename).mockImplementation(async (from, to) => {
    calls += 1
    if (calls === passes + 1) throw errno(code, 'rename', String(to))
    return actual.rename(from, to)
  })
}

describe('a failed multi-file import', () => {
  it('leaves no document file behind when the second file cannot be written', async () => {
    const dir = await tempDir()
    const store = await ProjectStore.open(dir)
    try {
      await store.addDocuments([documentFromText('a.txt', 'Kept\nBody', {}, 'kept')])
      const projectBefore = await readFile(join(dir, 'project.json'), 'utf8')
      await failRenameAfter(1, 'ENOSPC')
      const batch = [documentFromText('b.txt', 'B\nBody', {}, 'b'), documentFromText('c.txt', 'C 🙂\nBody', {}, 'c')]
      await expect(store.addDocuments(batch)).rejects.toThrow(`The disk is full: could not save ${dir}`)
      expect(await listFiles(dir)).toEqual(['documents/kept.json', 'project.json', 'tessera.lock'])
      expect(await readFile(join(dir, 'project.json'), 'utf8')).toBe(projectBefore)
      expect(store.hasDocument('b')).toBe(false)
      vi.mocked(fsp.rename).mockReset()
      await store.addDocuments(batch)
      expect(store.info.documentIds).toEqual(['kept', 'b', 'c'])
    } finally {
      store.close()
    }
  })

  it('removes the written documents when project.json itself cannot be written', async () => {
    const dir = await tempDir()
    const store = await ProjectStore.open(dir)
    try {
      await failRenameAfter(2, 'EIO')
      await expect(store.addDocuments([documentFromText('b.txt', 'B\nBody', {}, 'b'), documentFromText('c.txt', 'C\nBody', {}, 'c')])).rejects.toThrow(/input\/output error/)
      expect(await listFiles(dir)).toEqual(['project.json', 'tessera.lock'])
    } finally {
      store.close()
    }
  })
})

describe('a file system without hard links (FAT, some network shares)', () => {
  it('still takes the lock, by exclusive create, and still refuses a second writer', async () => {
    const dir = await tempDir()
    vi.mocked(fs.linkSync).mockImplementation((_from, to) => {
      throw errno('EPERM', 'link', String(to))
    })
    const store = await ProjectStore.open(dir)
    try {
      expect(JSON.parse(await readFile(join(dir, 'tessera.lock'), 'utf8'))).toMatchObject({ pid: process.pid })
      await expect(ProjectStore.open(dir)).rejects.toThrow(/already open/)
      expect(await listFiles(dir)).toEqual(['project.json', 'tessera.lock'])
    } finally {
      store.close()
    }
  })
})

describe('messages for a full disk or a read-only folder', () => {
  it('says the disk is full and names the project folder, through the API', async () => {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 't' })
    try {
      await failRenameAfter(0, 'ENOSPC')
      const answer = await core.dispatch('project.update', { name: 'Renamed' })
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'disk-full', message: `The disk is full: could not save ${dir}. Free some space, then try again.` }
      })
    } finally {
      core.close()
    }
  })

  for (const code of ['EROFS', 'EACCES']) {
    it(`says the folder is read-only and what to do when the lock cannot be written (${code})`, async () => {
      const dir = await tempDir()
      vi.mocked(fs.linkSync).mockImplementation((_from, to) => {
        throw errno(code, 'link', String(to))
      })
      const open = createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 't' })
      await expect(open).rejects.toMatchObject({ code: 'read-only' })
      await expect(open).rejects.toThrow(`The folder ${dir} is read-only: Tessera cannot lock or save the project there. Copy the project`)
    })
  }
})

describe('a change whose write fails', () => {
  const failures: [string, RegExp][] = [
    ['ENOSPC', /^The disk is full: could not save /],
    ['EACCES', /^The folder .* is read-only/],
    ['EROFS', /^The folder .* is read-only/],
    ['EIO', /^Could not write to .*input\/output error/]
  ]
  for (const [code, message] of failures) {
    it(`(${code}) leaves the journal as it was, says so, keeps the change unsaved in memory, and saves it on retry`, async () => {
      const dir = await tempDir()
      const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 't', backups: false })
      try {
        const [doc] = await importTexts(core, [{ fileName: 'a.txt', content: 'Hama 🙂\nThe army held the city.' }])
        const documentId = doc?.id ?? ''
        await core.call('annotations.create', { documentId, tag: 'place', start: 0, end: 4 })
        const journal = join(dir, 'documents', `${documentId}.journal`)
        const before = await readFile(journal)
        // Fail the flush of the next journal line, as a full disk or a dying drive would.
        const handle = await fsp.open(journal, 'r')
        const prototype = Object.getPrototypeOf(handle) as { datasync: () => Promise<void> }
        await handle.close()
        const datasync = vi.spyOn(prototype, 'datasync').mockRejectedValue(errno(code, 'fdatasync', journal))
        const seen: number[] = []
        core.on('document.changed', ({ annotationCount }) => seen.push(annotationCount))
        const announced: { documentId: string; errno?: string }[][] = []
        core.on('saves.changed', ({ pending }) => announced.push(pending.map(({ documentId, errno }) => ({ documentId, errno }))))
        const answer = await core.dispatch('annotations.create', { documentId, tag: 'actor', start: 10, end: 14 })
        expect(answer.ok).toBe(false)
        const error = answer.ok ? null : answer.error
        expect(error?.message).toMatch(message)
        expect(error?.message).toContain('The change is kept in memory, not saved')
        expect(await readFile(journal)).toEqual(before)
        expect((await core.call('documents.get', { documentId })).annotations).toHaveLength(1)
        expect(await core.call('saves.pending', {})).toEqual([expect.objectContaining({ documentId, reason: expect.stringMatching(message) as unknown })])
        // Still failing: nothing saved, still kept.
        expect(await core.call('saves.retry', {})).toEqual({ saved: 0, remaining: 1 })
        datasync.mockRestore()
        expect(await core.call('saves.retry', {})).toEqual({ saved: 1, remaining: 0 })
        expect(seen).toEqual([2])
        // The app's notice follows the list: shown with the system's code when the change was kept, gone once it is saved.
        expect(announced).toEqual([[{ documentId, errno: code }], []])
        expect(await core.call('saves.pending', {})).toEqual([])
        expect(documentOnDisk(join(dir, 'documents', `${documentId}.json`)).annotations.map((a) => a.tag)).toEqual(['place', 'actor'])
      } finally {
        core.close()
      }
    })
  }
})
