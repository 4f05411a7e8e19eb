import * as fs from 'node:fs'
import * as fsp from 'node:fs/promises'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCore } from '../core'
import { documentFromText } from '../documents/from-text'
import { RESOURCES_DIR, listFiles, useTempDirs } from '../testing/helpers'
import { ProjectStore } from './project-store'

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
      await expect(store.addDocuments([documentFromText('b.txt', 'B\nBody', {}, 'b'), documentFromText('c.txt', 'C\nBody', {}, 'c')])).rejects.toThrow(/EIO/)
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
      const answer = await core.dispatch('documents.importText', { files: [{ fileName: 'a.txt', content: 'A\nB' }] })
      expect(answer).toEqual({
        ok: false,
        error: { code: 'disk-full', message: `The disk is full: could not save ${dir}. Free some space, then try again; the change is kept until then.` }
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
