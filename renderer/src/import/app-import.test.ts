import { afterEach, describe, expect, it } from 'vitest'
import { RESOURCES_DIR, useTempDirs } from '@core/testing/helpers'
import { useWarmImportWorkers } from '@core/import/worker/testing'
import { createCore, type Core } from '@core/core'
import type { Input } from '@core/shared/contract'
import type { ApiClient } from '../api/client'
import { AppImport, type ImportRun } from './app-import'
import type { PickedFile } from './picked-files'

/** A client over a core in this process, as the Electron bridge is one over IPC; it notes every import.files call's file names. */
function clientOf(core: Core): ApiClient & { sent: string[][] } {
  const sent: string[][] = []
  const client = {
    mode: 'desktop' as const,
    sent,
    call: ((method, input) => {
      if (method === 'import.files') sent.push((input as Input<'import.files'>).files.map((f) => f.name))
      return core.call(method, input)
    }) as ApiClient['call'],
    on: ((event, listener) => core.on(event, listener)) as ApiClient['on'],
    runExport: () => Promise.reject(new Error('not in this test')),
    exportClaimsCsv: () => Promise.reject(new Error('not in this test')),
    exportAgreementReport: () => Promise.reject(new Error('not in this test'))
  }
  return client
}

const encode = async (file: Blob): Promise<string> => Buffer.from(await file.arrayBuffer()).toString('base64')
const picked = (name: string, content: string): PickedFile => ({ name, file: new Blob([content]) })
const article = (n: number) => `Dispatch ${n} from Hama\nReporters counted ${n * 7 + 3} trucks on the road south of the city on day ${n}.\n`
const lone = (from: number, count: number, prefix = 'wire') => Array.from({ length: count }, (_, i) => picked(`${prefix}/${String(from + i).padStart(3, '0')}.txt`, article(from + i)))
const CONF = picked('set/annotation.conf', '[entities]\nPlace\n[relations]\n[events]\n[attributes]\n')

/**
 * 149 picked files: two brat pairs of one folder that land in different packs (so the folder's
 * annotation.conf travels with both), 142 lone articles, an empty file and one unreadable where picked.
 */
function folderOfMany(): PickedFile[] {
  return [
    { name: 'gone.txt', file: new Blob([]), problem: 'The file was moved before it could be read.' },
    picked('set/pair0.txt', 'Hama 0 held.\n'),
    picked('set/pair0.ann', 'T1\tPlace 0 4\tHama\n'),
    CONF,
    ...lone(0, 62),
    picked('set/pair1.txt', 'Hama 1 held.\n'),
    picked('set/pair1.ann', 'T1\tPlace 0 4\tHama\n'),
    ...lone(62, 80),
    picked('wire/empty.txt', '')
  ]
}

/** Runs an import, keeping every state it showed. */
function recorded(client: ApiClient, onState: (run: ImportRun, app: AppImport) => void = () => undefined): { app: AppImport; states: ImportRun[] } {
  const states: ImportRun[] = []
  const app: AppImport = new AppImport(client, (run) => {
    states.push(run)
    onState(run, app)
  }, encode)
  return { app, states }
}

describe('the app’s import of many files', () => {
  const tempDir = useTempDirs()
  const cores: Core[] = []
  afterEach(() => cores.splice(0).forEach((core) => core.close()))
  useWarmImportWorkers()

  async function openCore(): Promise<Core> {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    return core
  }

  it('sends packs (a brat pair never split), shows progress file by file inside each pack, and reports as one file per call did: a shared sidecar once', async () => {
    const core = await openCore()
    const client = clientOf(core)
    const files = folderOfMany()
    const { app, states } = recorded(client)
    const report = await app.run(files, {})

    // The folder's annotation.conf travels with both of its pairs' packs.
    expect(client.sent.map((call) => call.length)).toEqual([64, 64, 21])
    expect(client.sent.every((call) => call.includes('set/pair0.txt') === call.includes('set/pair0.ann'))).toBe(true)
    expect(client.sent.every((call) => call.includes('set/pair1.txt') === call.includes('set/pair1.ann'))).toBe(true)

    const running = states.filter((s) => s.status === 'running')
    const counts = running.map((s) => s.done)
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    // One step per file, or per brat pair read with its annotation.conf: never a pack at once.
    expect(Math.max(...counts.slice(1).map((count, i) => count - (counts[i] ?? 0)))).toBeLessThanOrEqual(3)
    expect(new Set(counts).size).toBeGreaterThan(140)
    expect(running.some((s) => s.current === 'wire/100.txt')).toBe(true)

    const last = states.at(-1)
    expect(last).toMatchObject({ status: 'done', done: files.length, total: files.length, cancelled: false, current: null })
    expect(report.imported.map((d) => d.file)).toEqual(['set/pair0.ann', ...lone(0, 62).map((f) => f.name), 'set/pair1.ann', ...lone(62, 80).map((f) => f.name)])
    expect(report.skipped.map((s) => s.file)).toEqual(['set/annotation.conf'])
    expect(report.failed.map((f) => f.file)).toEqual(['gone.txt', 'wire/empty.txt'])
    expect(last?.report).toEqual(report)
  })

  it('Cancel stops inside the first pack: exactly the files shown as through are imported and stored, and no other pack is sent', async () => {
    const core = await openCore()
    const client = clientOf(core)
    let doneAtCancel = 0
    const { app, states } = recorded(client, (run, started) => {
      if (run.status === 'running' && run.done >= 21 && doneAtCancel === 0) {
        doneAtCancel = run.done
        started.cancel()
      }
    })
    const report = await app.run(folderOfMany(), {})

    expect(client.sent).toHaveLength(1)
    // gone.txt is through (failed where picked); the pair and its conf count three.
    const imported = ['set/pair0.ann', ...lone(0, doneAtCancel - 4).map((f) => f.name)]
    expect(report.imported.map((d) => d.file)).toEqual(imported)
    expect(report.failed.map((f) => f.file)).toEqual(['gone.txt'])
    expect(states.at(-1)).toMatchObject({ status: 'done', cancelled: true, done: doneAtCancel })
    const stored = await Promise.all((await core.call('documents.list', {})).map(async ({ id }) => (await core.call('documents.get', { documentId: id })).importedFrom))
    expect(stored.sort()).toEqual([...imported].sort())
  })

  it('follows only its own run: two windows importing into one project each count their own files', async () => {
    const core = await openCore()
    const first = recorded(clientOf(core))
    const second = recorded(clientOf(core))
    const [a, b] = await Promise.all([first.app.run(lone(0, 70, 'a'), {}), second.app.run(lone(500, 30, 'b'), {})])
    expect([a.imported.length, b.imported.length]).toEqual([70, 30])
    expect(Math.max(...first.states.map((s) => s.done))).toBe(70)
    expect(Math.max(...second.states.map((s) => s.done))).toBe(30)
    expect(second.states.every((s) => s.current === null || s.current.startsWith('b/'))).toBe(true)
  })
})
