import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createCore } from '../core'
import { switchedFailureFileSystem } from '../testing/failing-disk'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { importTexts } from '../testing/import-texts'
import { useWarmImportWorkers } from '../import/worker/testing'

// Imports run in the shared import worker: started once, before the tests, not inside one's time.
useWarmImportWorkers()

const tempDir = useTempDirs()
const ELECTRON_DIR = fileURLToPath(new URL('../../', import.meta.url))

describe('an injected journal file system', () => {
  it('fails journal appends while its switch holds an error code, and the kept change saves once it is cleared', async () => {
    const dir = await tempDir()
    const failure = join(await tempDir(), 'write-failure')
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 't', backups: false, journalFileSystem: switchedFailureFileSystem(failure) })
    try {
      const [doc] = await importTexts(core, [{ fileName: 'a.txt', content: 'Hama 🙂\nThe army held the city.' }])
      const documentId = doc?.id ?? ''
      await writeFile(failure, 'ENOSPC')
      const answer = await core.dispatch('documents.setStatus', { documentId, status: 'done' })
      expect(answer).toMatchObject({ ok: false, error: { code: 'disk-full' } })
      expect(await core.call('saves.retry', {})).toEqual({ saved: 0, remaining: 1 })
      await writeFile(failure, '')
      expect(await core.call('saves.retry', {})).toEqual({ saved: 1, remaining: 0 })
      expect(await readFile(join(dir, 'documents', `${documentId}.journal`), 'utf8')).toContain('"done"')
    } finally {
      core.close()
    }
  })
})

describe('shipping code', () => {
  it('reads no test switch from the environment (faults are injected through a file system instead)', async () => {
    const entries = await readdir(ELECTRON_DIR, { recursive: true, withFileTypes: true })
    const shipped = entries
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => !relative(ELECTRON_DIR, path).split(/[\\/]/).includes('testing'))
    const readers: string[] = []
    for (const path of shipped) if (/TESSERA_TEST_/.test(await readFile(path, 'utf8'))) readers.push(relative(ELECTRON_DIR, path))
    expect(readers).toEqual([])
  })
})
