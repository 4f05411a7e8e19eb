import { Worker } from 'node:worker_threads'
import { shippedEntry, workerScript } from '../../import/worker/location'
import { ApiError } from '../../shared/errors'
import { said } from '../../shared/i18n/said'
import type { IndexBuildProgress, IndexBuildReply, IndexBuildRequest, IndexWorkerRequest } from './index-build'

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
  const failed = (problem: string): Error => new ApiError('internal', said('problems.views.indexNotBuilt', { path: request.path, problem }))
  return inIndexWorker<undefined>({ kind: 'build', ...request }, entry, failed, (reply, finish) => {
    if (reply.kind === 'progress') onProgress({ documents: reply.documents, total: reply.total })
    else if (reply.kind === 'done') finish({ value: undefined })
    else if (reply.kind === 'failed') finish(failed(reply.message))
  })
}

/** A page check under way in its worker: `done` tells whether the file is sound. */
export interface IndexCheck {
  done: Promise<boolean>
  stop(reason: Error): void
}

/**
 * Checks the pages of a file not closed cleanly (`indexFileSound`) in a worker thread: it reads the
 * whole file, which at 100,000 articles held the main thread for over a minute under load.
 */
export function checkInWorker(path: string, entry: URL = shippedIndexWorkerEntry()): IndexCheck {
  // A worker that fails or dies says nothing of the file: it is taken as unsound and built again.
  return inIndexWorker<boolean>({ kind: 'check', path }, entry, () => false, (reply, finish) => {
    if (reply.kind === 'checked') finish({ value: reply.sound })
    else if (reply.kind === 'failed') finish({ value: false })
  })
}

/** Runs one request in its own index worker; `onReply` settles it, and a worker's error or exit settles it as `onFailure` says. */
function inIndexWorker<T>(
  request: IndexWorkerRequest,
  entry: URL,
  onFailure: (problem: string) => Error | T,
  onReply: (reply: IndexBuildReply, finish: (outcome: Error | { value: T }) => void) => void
): { done: Promise<T>; stop(reason: Error): void } {
  const { script, eval: isCode } = workerScript(entry)
  const worker = new Worker(script, { eval: isCode, workerData: request })
  let finish: (outcome: Error | { value: T }) => void = () => undefined
  const done = new Promise<T>((resolve, reject) => {
    let settled = false
    finish = (outcome) => {
      if (settled) return
      settled = true
      void worker.terminate()
      if (outcome instanceof Error) reject(outcome)
      else resolve(outcome.value)
    }
  })
  const failure = (problem: string): void => {
    const outcome = onFailure(problem)
    finish(outcome instanceof Error ? outcome : { value: outcome })
  }
  worker.on('message', (reply: IndexBuildReply) => onReply(reply, finish))
  worker.on('error', (error) => failure(error.message))
  worker.on('exit', (code) => failure(`its worker stopped with exit code ${code}`))
  return { done, stop: (reason) => finish(reason) }
}
