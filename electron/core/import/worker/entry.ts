import { parentPort, type MessagePort } from 'node:worker_threads'
import { ApiError } from '../../errors'
import { extractFile, planBatch } from './extract'
import type { ExtractedDocument, ExtractResult, PlanResult, SerializedError, WorkerReply, WorkerRequest } from './protocol'

/**
 * An import worker: reads files sent by the main thread's ImportWorkers pool, one task at a time, and
 * answers with plain data. The readers (and the heavy libraries behind them) load here, never on the
 * main thread. Started with a time and memory budget; the pool ends it when a file exceeds either.
 */
const port = ((): MessagePort => {
  if (!parentPort) throw new Error('the import worker must run in a worker thread')
  return parentPort
})()

/** About this many characters of document text per message to the main thread. */
const PART_CHARS = 1_000_000

port.on('message', (request: WorkerRequest) => {
  void answer(request).catch((error: unknown) => {
    // A reader that returned something that cannot cross threads (a function in its metadata).
    port.postMessage({ kind: 'failed', id: request.id, error: serialize(error) } satisfies WorkerReply)
  })
})
port.postMessage({ kind: 'ready' } satisfies WorkerReply)

async function answer(request: WorkerRequest): Promise<void> {
  let result: PlanResult | ExtractResult
  try {
    result = request.kind === 'plan' ? planBatch(request) : await extractFile(request)
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
  if (error instanceof ApiError) return { message: error.message, code: error.code }
  return { message: error instanceof Error ? error.message : String(error), code: null }
}
