import { Worker } from 'node:worker_threads'
import { shippedEntry, workerScript } from '../../import/worker/location'
import { ApiError } from '../../shared/errors'
import { said } from '../../shared/i18n/said'
import type { IndexBuildProgress, IndexBuildReply, IndexBuildRequest } from './index-build'

/** The name electron-vite gives the build worker's bundle in out/main (see electron.vite.config.ts). */
export const INDEX_WORKER_BUNDLE = 'views-index-worker.js'

/** The shipped build worker: the bundle when built, the source entry (relative to import/worker/location.ts) under vitest and tsx. */
export function shippedIndexWorkerEntry(): URL {
  return shippedEntry(INDEX_WORKER_BUNDLE, '../../views/stored/build-worker.ts', "The corpus views' index worker")
}

/** A build under way in its worker. */
export interface IndexBuild {
  /** Resolves once the file is complete; rejects, naming the file and why, when the worker fails or dies. */
  done: Promise<void>
  /** Ends the worker (the project is closing): `done` rejects with `reason`, and the unfinished file is never trusted. */
  stop(reason: Error): void
}

/**
 * Builds the index file in a worker thread, so the process goes on answering (edits, the document list,
 * other calls) while SQLite writes a whole corpus. Only the worker touches the file until `done`.
 */
export function buildInWorker(request: IndexBuildRequest, onProgress: (progress: IndexBuildProgress) => void, entry: URL = shippedIndexWorkerEntry()): IndexBuild {
  const { script, eval: isCode } = workerScript(entry)
  const worker = new Worker(script, { eval: isCode, workerData: request })
  let finish: (error: Error | null) => void = () => undefined
  const done = new Promise<void>((resolve, reject) => {
    let settled = false
    finish = (error) => {
      if (settled) return
      settled = true
      if (error) {
        reject(error)
        void worker.terminate()
      } else resolve()
    }
  })
  const failed = (problem: string): Error => new ApiError('internal', said('problems.views.indexNotBuilt', { path: request.path, problem }))
  worker.on('message', (reply: IndexBuildReply) => {
    if (reply.kind === 'progress') onProgress({ documents: reply.documents, total: reply.total })
    else if (reply.kind === 'done') finish(null)
    else finish(failed(reply.message))
  })
  worker.on('error', (error) => finish(failed(error.message)))
  worker.on('exit', (code) => finish(failed(`its worker stopped with exit code ${code}`)))
  return { done, stop: (reason) => finish(reason) }
}
