import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { RESOURCES_DIR, listFiles, useTempDirs } from '../testing/helpers'

interface ManifestEntry {
  id: string
  file: string
  title: string
  source: string
  date: string
  /** Scraper leftovers removed from the verbatim corpus file: whole lines, or a prefix of a line. */
  removed: string[]
}

const VERBATIM_CORPUS = fileURLToPath(new URL('./fixtures/verbatim-corpus', import.meta.url))

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

async function readManifest(): Promise<{ name: string; documents: ManifestEntry[] }> {
  return JSON.parse(await readFile(join(RESOURCES_DIR, 'sample', 'manifest.json'), 'utf8')) as {
    name: string
    documents: ManifestEntry[]
  }
}

async function openCore(projectDir: string, seedSample = true): Promise<Core> {
  const core = await createCore({ projectDir, resourcesDir: RESOURCES_DIR, author: 'tester', seedSample })
  cores.push(core)
  return core
}

/** The lines with content, trimmed: what an import may re-space but never change. */
function contentLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

describe('sample project', () => {
  it('seeds an empty folder with the five sample articles, in chronological order, with the manifest metadata', async () => {
    const manifest = await readManifest()
    expect(manifest.documents).toHaveLength(5)
    const core = await openCore(await tempDir())
    expect((await core.call('project.get', {})).name).toBe(manifest.name)
    const listed = await core.call('documents.list', {})
    const byDate = [...manifest.documents].sort((a, b) => a.date.localeCompare(b.date))
    expect(listed).toEqual(
      byDate.map(({ id, title, source, date }) =>
        expect.objectContaining({ id, title, source, date, status: 'not-started', annotationCount: 0, tagCounts: {} })
      )
    )
    const dates = listed.map((d) => d.date ?? '')
    expect(dates).toEqual([...dates].sort())
  })

  it('stores each sample text as the shipped file, NFC with blank-line paragraphs, nothing added or lost', async () => {
    const manifest = await readManifest()
    const core = await openCore(await tempDir())
    for (const entry of manifest.documents) {
      const raw = await readFile(join(RESOURCES_DIR, 'sample', entry.file), 'utf8')
      const { text, importedFrom } = await core.call('documents.get', { documentId: entry.id })
      expect(importedFrom).toBe(entry.file)
      expect(text).toBe(text.normalize('NFC'))
      expect(text).not.toMatch(/\r|\n{3,}|^\s|\s$/)
      expect(contentLines(text), entry.file).toEqual(contentLines(raw.normalize('NFC')))
      // Paragraphs are separated by blank lines: a file with one paragraph per line keeps each line apart.
      const rawHasBlankLines = /\n[ \t]*\n/.test(raw)
      if (!rawHasBlankLines) expect(text.split('\n\n')).toEqual(contentLines(raw.normalize('NFC')))
    }
  })

  it('ships each article cleaned of scraper leftovers and of nothing else, starting with its headline', async () => {
    const manifest = await readManifest()
    for (const entry of manifest.documents) {
      const verbatim = contentLines(await readFile(join(VERBATIM_CORPUS, entry.file), 'utf8'))
      for (const leftover of entry.removed) {
        const whole = verbatim.indexOf(leftover)
        const prefixed = verbatim.findIndex((line) => line.startsWith(`${leftover} `))
        expect(whole !== -1 || prefixed !== -1, `${entry.file}: "${leftover}" is not in the verbatim file`).toBe(true)
        if (whole !== -1) verbatim.splice(whole, 1)
        else verbatim[prefixed] = (verbatim[prefixed] ?? '').slice(leftover.length).trim()
      }
      const shipped = contentLines(await readFile(join(RESOURCES_DIR, 'sample', entry.file), 'utf8'))
      expect(shipped, entry.file).toEqual(verbatim)
      expect(shipped[0], entry.file).toBe(entry.title)
      for (const leftover of ['Click to start listening', 'Photo: Archive', 'Leave a Comment', 'date 2024-12-02', 'Related:']) {
        expect(shipped.join('\n'), entry.file).not.toContain(leftover)
      }
    }
  })

  it('does not seed again when the project is reopened, even after its documents changed', async () => {
    const dir = await tempDir()
    const first = await openCore(dir)
    const [firstDoc] = await first.call('documents.list', {})
    if (!firstDoc) throw new Error('no sample documents')
    await first.call('annotations.create', { documentId: firstDoc.id, tag: 'claim', start: 0, end: 5 })
    first.close()
    const projectFiles = async (): Promise<string[]> => (await listFiles(dir)).filter((file) => !file.startsWith('backups/') && file !== 'index.json')
    const before = await projectFiles()

    const second = await openCore(dir)
    const listed = await second.call('documents.list', {})
    expect(listed).toHaveLength(5)
    expect(listed[0]).toMatchObject({ id: firstDoc.id, annotationCount: 1 })
    second.close()
    expect(await projectFiles()).toEqual(before)
  })

  it('does not seed a folder that already holds a project', async () => {
    const dir = await tempDir()
    const plain = await openCore(dir, false)
    expect(await plain.call('documents.list', {})).toEqual([])
    plain.close()
    const seeded = await openCore(dir, true)
    expect(await seeded.call('documents.list', {})).toEqual([])
  })

  it('does not seed a non-empty folder that is not a project, and leaves it untouched', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'thesis.docx'), 'mine')
    await expect(openCore(dir)).rejects.toThrow(/not a Tessera project/)
    expect(await listFiles(dir)).toEqual(['thesis.docx'])
  })
})
