/**
 * The app's import of many small files, without a browser: the browser-mode server over a new project,
 * an open event stream (the app follows `import.progress` on it), and `import.files` over HTTP with the
 * files in base64, as the renderer sends them. Before: one call per file (a brat pair together), as the
 * app sent them until it packed them; after: the packs of `importCalls`, under a run id, so the core
 * announces every file on the stream. Both timed end to end, encoding included.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Core } from '../electron/core/core'
import type { Envelope } from '../electron/core/shared/errors'
import { groupCompanions, importCalls } from '../electron/core/shared/import/batches'
import { emptyReport, mergeReports, type ImportReport } from '../electron/core/shared/import/report'
import { startServer, type RunningServer } from '../electron/server/server'
import { timedImport } from './timed-import'

interface SmallFile {
  name: string
  bytes: Uint8Array
}

/** The app's ways of sending the files: one call each (before) or packed, with progress events (now). */
export type AppSending = 'one a call' | 'packed'

/** Imports `files` through a server over `core` the way the app does, reading the event stream meanwhile; returns the report and the progress events seen. */
async function importAsTheApp(core: Core, files: readonly SmallFile[], sending: AppSending): Promise<{ report: ImportReport; progressEvents: number }> {
  const rendererDir = await mkdtemp(join(tmpdir(), 'tessera-bench-renderer-'))
  const server = await startServer({ core, rendererDir })
  const stream = new AbortController()
  try {
    const progress = followProgress(server, stream.signal)
    const runId = sending === 'packed' ? 'bench-run' : undefined
    const calls = sending === 'packed' ? importCalls(files, (f) => f.bytes.length) : groupCompanions(files)
    let report = emptyReport()
    for (const call of calls) {
      const payload = call.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }))
      report = mergeReports(report, await callApi<ImportReport>(server, 'import.files', { files: payload, options: {}, ...(runId ? { runId } : {}) }))
    }
    stream.abort()
    return { report, progressEvents: await progress }
  } finally {
    stream.abort()
    await server.close()
    await rm(rendererDir, { recursive: true, force: true })
  }
}

async function callApi<R>(server: RunningServer, method: string, input: unknown): Promise<R> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input)
  })
  const envelope = (await response.json()) as Envelope<R>
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`)
  return envelope.result
}

/** Reads the server's event stream until aborted, as an open tab does; resolves with the import.progress events it carried. */
async function followProgress(server: RunningServer, signal: AbortSignal): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/events`, { headers: { Authorization: `Bearer ${server.token}` }, signal })
  let count = 0
  try {
    for await (const chunk of response.body ?? []) count += (Buffer.from(chunk as Uint8Array).toString('utf8').match(/event: import\.progress\n/g) ?? []).length
  } catch {
    // Aborted: the import is over.
  }
  return count
}

/** Imports `files` into a new project as the app sends them and prints the time and the rate; returns the seconds. */
export async function benchAppImport(files: readonly SmallFile[], sending: AppSending): Promise<number> {
  let events = 0
  const seconds = await timedImport(`app's import over HTTP: ${files.length.toLocaleString('en')} files, ${sending}`, files.length, 'files', async (core) => {
    const { report, progressEvents } = await importAsTheApp(core, files, sending)
    events = progressEvents
    return report
  })
  if (sending === 'packed') console.log(`${''.padEnd(4)}${events.toLocaleString('en')} import.progress events read from the stream`)
  return seconds
}
