import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import type { Events } from '../shared/contract'
import { ProjectStore } from '../store/project-store'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
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

/** A file as the app sends it: its name and its bytes in base64. */
const wire = (name: string, content: string) => ({ name, base64: Buffer.from(content).toString('base64') })
const article = (n: number) => `Dispatch ${n} from Hama\nReporters counted ${n * 7 + 3} trucks on the road south of the city on day ${n}.\n`
/** `count` distinct articles; `from` keeps two sets distinct (a copy would be skipped as a duplicate). */
const articles = (count: number, prefix = 'wire', from = 0) => Array.from({ length: count }, (_, i) => wire(`${prefix}/${String(i).padStart(3, '0')}.txt`, article(from + i)))

function progressOf(core: Core): Events['import.progress'][] {
  const seen: Events['import.progress'][] = []
  core.on('import.progress', (progress) => seen.push(progress))
  return seen
}

/** The documents a fresh open reads from disk: what is durable, not what the core holds in memory. */
async function storedImports(dir: string): Promise<string[]> {
  const store = await ProjectStore.open(dir, { readOnly: true })
  try {
    return (await Promise.all(store.info.documentIds.map(async (id) => (await store.getDocument(id)).importedFrom))).sort()
  } finally {
    store.close()
  }
}

describe('import progress, file by file, for the app', () => {
  it('announces each file (with its companions, and the sidecars skipped) as it is started and once it is read, in order, under the call’s run id', async () => {
    const core = await openCore()
    const seen = progressOf(core)
    const files = [
      wire('set/annotation.conf', '[entities]\nPlace\n[relations]\n[events]\n[attributes]\n'),
      wire('set/lone.txt', article(1)),
      wire('set/pair.txt', 'Hama held.\n'),
      wire('set/pair.ann', 'T1\tPlace 0 4\tHama\n'),
      wire('set/empty.txt', '')
    ]
    const report = await core.call('import.files', { files, runId: 'run-1' })
    expect(report.imported.map((d) => d.file)).toEqual(['set/lone.txt', 'set/pair.ann'])
    expect(report.failed.map((f) => f.file)).toEqual(['set/empty.txt'])
    expect(seen.every((p) => p.runId === 'run-1')).toBe(true)
    expect(seen.map((p) => [p.step, p.files])).toEqual([
      ['read', ['set/annotation.conf']],
      ['reading', ['set/lone.txt']],
      ['read', ['set/lone.txt']],
      // The brat pair's reader reads the folder's annotation.conf with it.
      ['reading', ['set/pair.ann', 'set/annotation.conf', 'set/pair.txt']],
      ['read', ['set/pair.ann', 'set/annotation.conf', 'set/pair.txt']],
      ['reading', ['set/empty.txt']],
      ['read', ['set/empty.txt']]
    ])
  })

  it('announces nothing for a call without a run id (the CLI’s hand-off, scripts)', async () => {
    const core = await openCore()
    const seen = progressOf(core)
    await core.call('import.files', { files: articles(3) })
    expect(seen).toEqual([])
  })
})

describe('import.stop', () => {
  it('stops a call between files: the files read before, not yet committed in their batch, are stored durably and reported, the rest not started', async () => {
    const core = await openCore()
    const files = articles(64)
    let stopAnswer: Promise<{ running: boolean }> | null = null
    core.on('import.progress', (progress) => {
      // The 20th file read: its batch of 32 is not committed yet.
      if (progress.step === 'read' && progress.files[0] === files[19]?.name) stopAnswer ??= core.call('import.stop', { runId: 'run-1' })
    })
    const report = await core.call('import.files', { files, runId: 'run-1' })
    const first20 = files.slice(0, 20).map((f) => f.name)
    expect(await stopAnswer).toEqual({ running: true })
    expect(report.imported.map((d) => d.file)).toEqual(first20)
    expect(report.failed).toEqual([])
    expect(await storedImports(core.projectDir ?? '')).toEqual(first20)
  })

  it('stops only the run it names: another window’s import of the same project goes on, and its events carry its own id', async () => {
    const core = await openCore()
    const seen = progressOf(core)
    const stopped = articles(40, 'a')
    core.on('import.progress', (progress) => {
      if (progress.runId === 'window-a' && progress.step === 'read' && progress.files[0] === stopped[4]?.name) void core.call('import.stop', { runId: 'window-a' })
    })
    const [a, b] = await Promise.all([core.call('import.files', { files: stopped, runId: 'window-a' }), core.call('import.files', { files: articles(40, 'b', 1_000), runId: 'window-b' })])
    expect(a.imported).toHaveLength(5)
    expect(b.imported).toHaveLength(40)
    expect(seen.filter((p) => p.runId === 'window-b' && p.step === 'read').flatMap((p) => p.files)).toEqual(articles(40, 'b', 1_000).map((f) => f.name))
    expect(seen.filter((p) => p.runId === 'window-a').flatMap((p) => p.files).every((name) => name.startsWith('a/'))).toBe(true)
  })

  it('reaching the core before the call it stops (a stop overtaking a large upload), makes that call and any later one of the run import nothing', async () => {
    const core = await openCore()
    expect(await core.call('import.stop', { runId: 'run-1' })).toEqual({ running: false })
    const first = await core.call('import.files', { files: articles(3), runId: 'run-1' })
    const later = await core.call('import.files', { files: articles(3, 'later', 100), runId: 'run-1' })
    expect([first.imported, later.imported]).toEqual([[], []])
    expect(await storedImports(core.projectDir ?? '')).toEqual([])
    const fresh = await core.call('import.files', { files: articles(3), runId: 'run-2' })
    expect(fresh.imported).toHaveLength(3)
  })
})
