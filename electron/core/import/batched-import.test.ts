import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { ProjectStore } from '../store/project-store'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { reportInEnglish } from '../testing/report-in-english'
import { useWarmImportWorkers } from './worker/testing'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))
useWarmImportWorkers()

async function openCore(): Promise<Core> {
  const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
  cores.push(core)
  return core
}

const encoder = new TextEncoder()
const text = (name: string, content: string) => ({ name, bytes: encoder.encode(content) })
/** A distinct short article per number. */
const article = (n: number) => `Dispatch ${n} from Hama\nReporters counted ${n * 7 + 3} trucks on the road south of the city on day ${n}.\n`

/** A Tessera JSONL export of documents with the given ids, each with one span of `tag`. */
function tesseraJsonl(documents: { id: string; text: string; tag: string }[]): Uint8Array {
  const header = { type: 'header', format: 'tessera-jsonl', format_version: 2, project: 'P', offset_unit: 'utf16', tags: [], entities: [] }
  const lines = documents.map(({ id, text: body, tag }) => ({
    type: 'document', id, title: body.split('\n')[0], text: body, status: 'not-started', relations: [],
    annotations: [{ id: `${id}-a`, start: 0, end: 8, tag, text: body.slice(0, 8), attributes: {}, note: '', author: 'x' }]
  }))
  return encoder.encode([header, ...lines].map((line) => JSON.stringify(line)).join('\n') + '\n')
}

/** The project as a fresh open reads it from disk: what is durable, not what the core holds in memory. */
async function reopened(dir: string): Promise<{ ids: string[]; files: string[]; tags: string[] }> {
  const store = await ProjectStore.open(dir, { readOnly: true })
  try {
    return { ids: [...store.info.documentIds], files: (await readdir(join(dir, 'documents'))).sort(), tags: store.info.tags.map((t) => t.id) }
  } finally {
    store.close()
  }
}

describe('importing many files in batches', () => {
  it('skips a file identical to an earlier one of the same batch, and to one of an earlier batch, unless told to import it anyway', async () => {
    // 40 files: two batches; copies right behind their original (read ahead together) and across the batch boundary.
    const files = Array.from({ length: 40 }, (_, i) => text(`f${String(i).padStart(2, '0')}.txt`, article(i)))
    files[1] = text('f01.txt', article(0))
    files[2] = text('f02.txt', article(0))
    files[35] = text('f35.txt', article(3))
    const core = await openCore()
    const report = reportInEnglish(await core.importFiles(files, {}))
    expect(report.skippedDuplicates.map((s) => [s.file, s.duplicateOf.title])).toEqual([
      ['f01.txt', 'Dispatch 0 from Hama'],
      ['f02.txt', 'Dispatch 0 from Hama'],
      ['f35.txt', 'Dispatch 3 from Hama']
    ])
    expect(report.imported.map((d) => d.file)).toEqual(files.map((f) => f.name).filter((n) => !['f01.txt', 'f02.txt', 'f35.txt'].includes(n)))
    expect((await core.call('documents.list', {})).length).toBe(37)

    const anyway = await openCore()
    const all = reportInEnglish(await anyway.importFiles(files, { allowDuplicates: true }))
    expect(all.imported.map((d) => d.file)).toEqual(files.map((f) => f.name))
    expect(all.nearDuplicates.map((n) => [n.file, n.similarTo.title])).toEqual([
      ['f01.txt', 'Dispatch 0 from Hama'],
      ['f02.txt', 'Dispatch 0 from Hama'],
      ['f35.txt', 'Dispatch 3 from Hama']
    ])
  })

  it('gives a fresh id to a document whose id the file before it took, though both were read at once', async () => {
    const core = await openCore()
    const report = reportInEnglish(await core.importFiles([
      { name: 'one.jsonl', bytes: tesseraJsonl([{ id: 'article-1', text: 'First report\n\nRebels entered Hama.', tag: 'claim' }]) },
      { name: 'two.jsonl', bytes: tesseraJsonl([{ id: 'article-1', text: 'Second report\n\nThe army held Homs.', tag: 'claim' }]) }
    ], {}))
    expect(report.failed).toEqual([])
    const ids = report.imported.map((d) => d.documentId)
    expect(ids[0]).toBe('article-1')
    expect(new Set(ids).size).toBe(2)
    expect((await reopened(core.projectDir ?? '')).ids).toEqual(ids)
  })

  it('makes a new label a tag once, when the files after the one that brought it were read before it was stored', async () => {
    const core = await openCore()
    const files = Array.from({ length: 5 }, (_, i) => ({ name: `w${i}.jsonl`, bytes: tesseraJsonl([{ id: `w${i}`, text: `Weapons report ${i}\n\nDrones struck Idlib on day ${i}.`, tag: 'drone' }]) }))
    const report = reportInEnglish(await core.importFiles(files, {}))
    expect(report.failed).toEqual([])
    expect(report.newTags.map((t) => t.id)).toEqual(['drone'])
    expect((await reopened(core.projectDir ?? '')).tags.filter((t) => t === 'drone')).toEqual(['drone'])
    expect(report.imported.map((d) => d.annotationCount)).toEqual([1, 1, 1, 1, 1])
  })

  it('fails a bad file in the middle of a batch alone, reporting every file in order', async () => {
    const core = await openCore()
    const files = Array.from({ length: 12 }, (_, i) => text(`f${String(i).padStart(2, '0')}.txt`, article(i)))
    files[5] = text('f05.txt', '')
    files[6] = { name: 'f06.txt', bytes: new Uint8Array([0x41, 0, 0x42]) }
    const report = reportInEnglish(await core.importFiles(files, {}))
    expect(report.failed.map((f) => f.file)).toEqual(['f05.txt', 'f06.txt'])
    expect(report.imported.map((d) => d.file)).toEqual(files.map((f) => f.name).filter((n) => n !== 'f05.txt' && n !== 'f06.txt'))
    expect(report.files.map((f) => f.file)).toEqual(report.imported.map((d) => d.file))
    const disk = await reopened(core.projectDir ?? '')
    expect(disk.ids).toEqual(report.imported.map((d) => d.documentId))
    expect(disk.files).toEqual(report.imported.map((d) => `${d.documentId}.json`).sort())
  })

  it('stops between files on Cancel, in the middle of a batch: what the report says it imported is on disk, nothing else', async () => {
    const core = await openCore()
    const files = Array.from({ length: 20 }, (_, i) => text(`f${String(i).padStart(2, '0')}.txt`, article(i)))
    let asked = 0
    // Cancel comes while file 6 of a batch of up to 32 is due, with the next files already being read.
    const report = reportInEnglish(await core.importFiles(files, {}, undefined, { shouldStop: () => ++asked > 6 }))
    expect(report.imported.map((d) => d.file)).toEqual(files.slice(0, 6).map((f) => f.name))
    expect(report.failed).toEqual([])
    const disk = await reopened(core.projectDir ?? '')
    expect(disk.ids).toEqual(report.imported.map((d) => d.documentId))
    expect(disk.files).toEqual(report.imported.map((d) => `${d.documentId}.json`).sort())
    for (const { documentId, file } of report.imported) {
      const stored = JSON.parse(await readFile(join(core.projectDir ?? '', 'documents', `${documentId}.json`), 'utf8')) as { importedFrom: string }
      expect(stored.importedFrom).toBe(file)
    }
  })
})

describe('brat pairs among many files', () => {
  it('reads each .ann with its own .txt when pairs and lone texts share one call, and imports no .txt of a pair on its own', async () => {
    const core = await openCore()
    const files = [
      text('set/annotation.conf', '[entities]\nPlace\n[relations]\n[events]\n[attributes]\n'),
      ...[0, 1, 2].flatMap((n) => [
        text(`set/lone${n}.txt`, article(n + 10)),
        text(`set/pair${n}.txt`, `Hama ${n} held.\n`),
        text(`set/pair${n}.ann`, `T1\tPlace 0 4\tHama\n`)
      ])
    ]
    const report = reportInEnglish(await core.importFiles(files, {}))
    expect(report.failed).toEqual([])
    expect(report.imported.map((d) => [d.file, d.annotationCount])).toEqual([
      ['set/lone0.txt', 0], ['set/pair0.ann', 1],
      ['set/lone1.txt', 0], ['set/pair1.ann', 1],
      ['set/lone2.txt', 0], ['set/pair2.ann', 1]
    ])
    for (const { documentId, file } of report.imported.filter((d) => d.file.endsWith('.ann'))) {
      const document = await core.call('documents.get', { documentId })
      expect(document.text).toBe(`Hama ${file.slice(-5, -4)} held.\n`)
    }
  })
})
