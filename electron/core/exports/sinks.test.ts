import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExportCorpus, type ExportCorpus } from '../testing/export-corpus'
import { listFiles, useTempDirs } from '../testing/helpers'
import { exportToPath } from './write-export'

const tempDir = useTempDirs()
let corpus: ExportCorpus
beforeAll(async () => {
  corpus = await createExportCorpus(await tempDir())
})
afterAll(() => corpus.core.close())

describe('writing exports to disk', () => {
  it('streams: the first document is written before the second is read', async () => {
    const seen: number[] = []
    const run = corpus.core.startExport({ format: 'jsonl' }, ({ done }) => seen.push(done))
    const iterator = run.entries[Symbol.asyncIterator]()
    const entry = await iterator.next()
    if (entry.done) throw new Error('no entry')
    const pieces = entry.value.content[Symbol.asyncIterator]()
    await pieces.next() // the header
    expect(seen).toEqual([])
    await pieces.next() // the first document
    expect(seen).toEqual([1])
  })

  it('writes a multi-file format as a ZIP with UTF-8 file names', async () => {
    const out = join(await tempDir(), 'corpus.zip')
    const written = await exportToPath(corpus.core, { format: 'brat' }, out)
    const bytes = await readFile(out)
    expect(written).toMatchObject({ path: out, bytes: bytes.length, documentCount: 3 })
    expect(Object.keys(unzipSync(bytes))).toContain('Hama- army says -largest- convoy 🙂.txt')
    // General-purpose flag bit 11 of the first local header: names are UTF-8 (what Python's zipfile and unzip read).
    const firstNonAscii = bytes.indexOf(Buffer.from('Hama- army says'))
    const header = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), firstNonAscii)
    expect((bytes[header + 7] ?? 0) & 0x08).toBe(0x08)
  })

  it('writes a multi-file format into a new folder, and refuses any folder that exists', async () => {
    const base = await tempDir()
    const folder = join(base, 'csv-export')
    await exportToPath(corpus.core, { format: 'csv' }, folder, { asFolder: true })
    expect(await listFiles(folder)).toEqual(['annotations.csv', 'documents.csv', 'relations.csv'])
    const occupied = join(base, 'occupied')
    await mkdir(occupied)
    await writeFile(join(occupied, 'thesis.docx'), 'mine')
    await expect(exportToPath(corpus.core, { format: 'csv' }, occupied, { asFolder: true })).rejects.toThrow(/exists \(a folder\)/)
    await expect(exportToPath(corpus.core, { format: 'brat' }, folder, { asFolder: true })).rejects.toThrow(/exists \(a folder\)/)
    expect(await listFiles(occupied)).toEqual(['thesis.docx'])
    expect(await listFiles(folder)).toEqual(['annotations.csv', 'documents.csv', 'relations.csv'])
    expect((await readdir(base)).sort()).toEqual(['csv-export', 'occupied'])
  })
})
