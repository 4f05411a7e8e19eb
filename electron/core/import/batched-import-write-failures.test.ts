import * as fsp from 'node:fs/promises'
import { readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCore, type Core } from '../core'
import { ProjectStore } from '../store/project-store'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { reportInEnglish } from '../testing/report-in-english'
import { useWarmImportWorkers } from './worker/testing'

useWarmImportWorkers()

// Lets a test make one rename fail, as a full disk or a failing drive would.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsp>()
  return { ...actual, rename: vi.fn(actual.rename) }
})

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => {
  cores.splice(0).forEach((core) => core.close())
  vi.mocked(fsp.rename).mockReset()
})

function errno(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: rename '${path}'`), { code, syscall: 'rename', path })
}

/** Fails with `code` each rename into place for which `fails(from, to)` says so. */
async function failRenames(code: string, fails: (from: string, to: string) => Promise<boolean>): Promise<void> {
  const actual = await vi.importActual<typeof fsp>('node:fs/promises')
  vi.mocked(fsp.rename).mockImplementation(async (from, to) => {
    if (await fails(String(from), String(to))) throw errno(code, String(to))
    return actual.rename(from, to)
  })
}

const encoder = new TextEncoder()
const article = (n: number) => `Dispatch ${n} from Hama\nReporters counted ${n * 7 + 3} trucks on the road south of the city on day ${n}.\n`
const files = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `f${String(i).padStart(2, '0')}.txt`, bytes: encoder.encode(article(i)) }))

async function openCore(): Promise<Core> {
  const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
  cores.push(core)
  return core
}

/** What a fresh open finds on disk: the listed documents and every file in the documents folder (temp files too). */
async function onDisk(dir: string): Promise<{ ids: string[]; files: string[] }> {
  const store = await ProjectStore.open(dir, { readOnly: true })
  try {
    return { ids: [...store.info.documentIds], files: (await readdir(join(dir, 'documents'))).sort() }
  } finally {
    store.close()
  }
}

describe('a write failure in the middle of a batch of files', () => {
  it('fails only the file whose document could not be written; its copy later in the batch is then imported, not skipped as its duplicate', async () => {
    const core = await openCore()
    const input = files(12)
    input[7] = { name: 'f07.txt', bytes: encoder.encode(article(5)) }
    const actual = await vi.importActual<typeof fsp>('node:fs/promises')
    await failRenames('ENOSPC', async (from) => from.includes('/documents/') && (await actual.readFile(from, 'utf8')).includes('"importedFrom": "f05.txt"'))
    const report = reportInEnglish(await core.importFiles(input, {}))
    expect(report.failed).toEqual([{ file: 'f05.txt', reason: expect.stringMatching(/disk is full/) }])
    expect(report.skippedDuplicates).toEqual([])
    expect(report.imported.map((d) => d.file)).toEqual(input.map((f) => f.name).filter((n) => n !== 'f05.txt'))
    const disk = await onDisk(core.projectDir ?? '')
    expect(disk.ids).toEqual(report.imported.map((d) => d.documentId))
    expect(disk.files).toEqual(report.imported.map((d) => `${d.documentId}.json`).sort())
  })

  it('when project.json cannot be written for a batch, says each of its files was not stored and leaves the earlier batches as they were', async () => {
    const core = await openCore()
    const input = files(40)
    let projectWrites = 0
    await failRenames('EIO', async (_from, to) => basename(to) === 'project.json' && ++projectWrites > 1)
    const report = reportInEnglish(await core.importFiles(input, {}))
    const imported = report.imported.map((d) => d.file)
    expect(imported.length).toBeGreaterThan(0)
    expect(report.failed.length).toBeGreaterThan(0)
    // Files in order: those of the batch stored, then every one of the failed batch, each with the reason.
    expect([...imported, ...report.failed.map((f) => f.file)]).toEqual(input.map((f) => f.name))
    expect(report.failed.every((f) => /input\/output error/.test(f.reason))).toBe(true)
    const disk = await onDisk(core.projectDir ?? '')
    expect(disk.ids).toEqual(report.imported.map((d) => d.documentId))
    expect(disk.files).toEqual(report.imported.map((d) => `${d.documentId}.json`).sort())
  })
})
