import { readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../core'
import { createExportCorpus } from '../testing/export-corpus'
import { RESOURCES_DIR, useOwnTmpdir, useTempDirs } from '../testing/helpers'
import { exportToPath } from './write-export'

/**
 * The CSV tables are written from one read of each document: documents.csv waits in a temporary file
 * while annotations.csv is written. That file must never outlive the export, however it ends.
 */
const tempDir = useTempDirs()
const osTemp = useOwnTmpdir()

describe('CSV tables from one pass', () => {
  it('reads each document once and leaves no temporary file after a successful export', async () => {
    const corpus = await createExportCorpus(await tempDir())
    try {
      const seen: number[] = []
      const out = join(await tempDir(), 'tables.zip')
      await exportToPath(corpus.core, { format: 'csv' }, out, { onProgress: ({ done, total }) => seen.push(done, total) })
      expect(seen.slice(-2)).toEqual([3, 3])
      expect((await stat(out)).size).toBeGreaterThan(0)
      expect((await readdir(osTemp())).filter((n) => n.startsWith('tessera-export-'))).toEqual([])
    } finally {
      corpus.core.close()
    }
  })

  it('fails on a damaged document naming it, writes nothing at the destination and removes its temporary file', async () => {
    const dir = await tempDir()
    const corpus = await createExportCorpus(dir)
    corpus.core.close()
    await writeFile(join(dir, 'documents', 'doc-ar.json'), '{"id": "doc-ar", "text": ')
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'test', readOnly: true })
    try {
      const outDir = await tempDir()
      await expect(exportToPath(core, { format: 'csv' }, join(outDir, 'tables.zip'))).rejects.toThrow(/doc-ar\.json/)
      expect(await readdir(outDir)).toEqual([])
      expect((await readdir(osTemp())).filter((n) => n.startsWith('tessera-export-'))).toEqual([])
    } finally {
      core.close()
    }
  })
})
