import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../core'
import { RESOURCES_DIR, useTempDirs } from '../../testing/helpers'
import { defaultPoolSize, ImportWorkers } from './pool'
import { TEST_WORKER } from './testing'
import { reportInEnglish } from '../../testing/report-in-english'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

/**
 * Budgets small enough for a test, one at a time (a heap near its limit slows down before it fails, which
 * on a loaded machine could exceed a short time budget first). A worker's start-up (loading the readers
 * through tsx) does not count against the time budget.
 */
const shortTime = new ImportWorkers({ entry: TEST_WORKER, size: 1, timeBudgetMs: 3_000 })
const smallHeap = new ImportWorkers({ entry: TEST_WORKER, size: 1, memoryBudgetMb: 256 })
afterAll(() => Promise.all([shortTime.close(), smallHeap.close()]))

async function openCore(workers = shortTime): Promise<Core> {
  const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester', importWorkers: workers })
  cores.push(core)
  return core
}

const file = (name: string, text: string) => ({ name, base64: Buffer.from(text).toString('base64') })

describe('a file that breaks a budget', () => {
  it('fails on its own when it reads for longer than the time budget, and the next file of the import still imports', async () => {
    const core = await openCore()
    const started = performance.now()
    const report = reportInEnglish(await core.call('import.files', { files: [file('loop.endless', 'x'), file('after.txt', 'Hama held.\n\nThe army said so.')] }))
    expect(report.failed).toEqual([{ file: 'loop.endless', reason: 'took longer than 3 s to read.' }])
    expect(report.imported.map((d) => d.file)).toEqual(['after.txt'])
    expect((await core.call('documents.list', {})).map((d) => d.title)).toEqual(['Hama held.'])
    // The budget, a new worker's start-up and the second file: far less than a reader left to spin.
    expect(performance.now() - started).toBeLessThan(60_000)
  }, 90_000)

  it('keeps reading a file past the time budget while it reports progress (a long line-based file), and fails one that then stops', async () => {
    const core = await openCore()
    const report = reportInEnglish(await core.call('import.files', { files: [file('long.slow', '5'), file('stuck.stalls', 'x')] }))
    expect(report.imported.map((d) => d.file)).toEqual(['long.slow'])
    expect(report.failed).toEqual([{ file: 'stuck.stalls', reason: 'took longer than 3 s to read.' }])
  }, 90_000)

  it('fails on its own when it needs more memory than the budget, and the next file of the import still imports', async () => {
    const core = await openCore(smallHeap)
    const report = reportInEnglish(await core.call('import.files', { files: [file('bomb.hungry', 'x'), file('after.txt', 'Idlib held.\n\nThe army said so.')] }))
    expect(report.failed).toEqual([{ file: 'bomb.hungry', reason: 'needed more than 256 MB of memory to read.' }])
    expect(report.imported.map((d) => d.file)).toEqual(['after.txt'])
    expect((await core.call('documents.list', {})).map((d) => d.title)).toEqual(['Idlib held.'])
  }, 90_000)

  it('fails on its own when its reader ends the worker, naming the exit code', async () => {
    const core = await openCore()
    const report = reportInEnglish(await core.call('import.files', { files: [file('gone.crash', 'x'), file('after.txt', 'Homs held.\n\nThe army said so.')] }))
    expect(report.failed).toEqual([{ file: 'gone.crash', reason: 'could not be imported (the import worker stopped with exit code 3).' }])
    expect(report.imported.map((d) => d.file)).toEqual(['after.txt'])
  }, 90_000)
})

describe('the pool on machines of any size', () => {
  it('reads at most two files at once by default, so its heaps stay within two memory budgets on a many-core machine', () => {
    expect([1, 2, 3, 4, 16, 128].map((cores) => defaultPoolSize(cores))).toEqual([1, 1, 2, 2, 2, 2])
  })
})
