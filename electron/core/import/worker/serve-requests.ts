import { parentPort, type MessagePort } from 'node:worker_threads'
import { ApiError } from '../../shared/errors'
import type { ImportReader } from '../reader'
import { extractFile, planBatch } from './extract'
import type { ExtractedDocument, ExtractResult, PlanResult, SerializedError, WorkerReply, WorkerRequest } from './protocol'

/**
 * An import worker: reads files sent by the main thread's ImportWorkers pool, one task at a time, and
 * answers with plain data. The readers (and the heavy libraries behind them) load here, never on the
 * main thread. Started with a time and memory budget; the pool ends it when a file exceeds either.
 * The module a worker starts on (entry.ts for the app, test-worker.ts for the tests) calls this with
 * the readers it knows.
 */
export function serveImportRequests(readers: readonly ImportReader[]): void {
  const port = ((): MessagePort => {
    if (!parentPort) throw new Error('the import worker must run in a worker thread')
    return parentPort
  })()

  const answer = async (request: WorkerRequest): Promise<void> => {
    let result: PlanResult | ExtractResult
    try {
      result = request.kind === 'plan' ? planBatch(request, readers) : await extractFile(request, readers, progressOf(port, request.id))
    } catch (error) {
      port.postMessage({ kind: 'failed', id: request.id, error: serialize(error) } satisfies WorkerReply)
      return
    }
    if ('documents' in result) {
      for (const part of parts(result.documents)) port.postMessage({ kind: 'documents', id: request.id, documents: part } satisfies WorkerReply)
      result = { ...result, documents: [] }
    }
    port.postMessage({ kind: 'done', id: request.id, result } satisfies WorkerReply)
  }

  port.on('message', (request: WorkerRequest) => {
    void answer(request).catch((error: unknown) => {
      // A reader that returned something that cannot cross threads (a function in its metadata).
      port.postMessage({ kind: 'failed', id: request.id, error: serialize(error) } satisfies WorkerReply)
    })
  })
  port.postMessage({ kind: 'ready' } satisfies WorkerReply)
}

/** How often at most a worker tells the pool that its file is still moving. */
const PROGRESS_EVERY_MS = 1_000

function progressOf(port: MessagePort, id: number): () => void {
  let last = performance.now()
  return () => {
    if (performance.now() - last < PROGRESS_EVERY_MS) return
    last = performance.now()
    port.postMessage({ kind: 'progress', id } satisfies WorkerReply)
  }
}

/** About this many characters of document text per message to the main thread. */
const PART_CHARS = 1_000_000

function* parts(documents: ExtractedDocument[]): Generator<ExtractedDocument[]> {
  let part: ExtractedDocument[] = []
  let chars = 0
  for (const document of documents) {
    part.push(document)
    chars += document.kind === 'converted' ? document.record.text.length : 0
    if (chars >= PART_CHARS || part.length >= 500) {
      yield part
      part = []
      chars = 0
    }
  }
  if (part.length > 0) yield part
}

function serialize(error: unknown): SerializedError {
  if (error instanceof ApiError) return error.said ? { message: error.message, code: error.code, said: error.said } : { message: error.message, code: error.code }
  return { message: error instanceof Error ? error.message : String(error), code: null }
}
