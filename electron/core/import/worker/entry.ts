import { parentPort } from 'node:worker_threads'
import { ApiError } from '../../errors'
import { extractFile, planBatch } from './extract'
import type { SerializedError, WorkerReply, WorkerRequest } from './protocol'

/**
 * An import worker: reads files sent by the main thread's ImportWorkers pool, one task at a time, and
 * answers with plain data. The readers (and the heavy libraries behind them) load here, never on the
 * main thread. Started with a time and memory budget; the pool ends it when a file exceeds either.
 */
const port = parentPort
if (!port) throw new Error('the import worker must run in a worker thread')

port.on('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => {
    try {
      port.postMessage(reply)
    } catch (error) {
      // A reader that returned something that cannot cross threads (a function in its metadata).
      port.postMessage({ kind: 'failed', id: request.id, error: serialize(error) } satisfies WorkerReply)
    }
  })
})
port.postMessage({ kind: 'ready' } satisfies WorkerReply)

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  try {
    const result = request.kind === 'plan' ? planBatch(request) : await extractFile(request)
    return { kind: 'done', id: request.id, result }
  } catch (error) {
    return { kind: 'failed', id: request.id, error: serialize(error) }
  }
}

function serialize(error: unknown): SerializedError {
  if (error instanceof ApiError) return { message: error.message, code: error.code }
  return { message: error instanceof Error ? error.message : String(error), code: null }
}
