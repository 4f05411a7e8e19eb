import { parentPort, workerData } from 'node:worker_threads'
import { LoadedDocuments } from '../../store/loaded-documents'
import { nodeJournalFileSystem } from '../../store/journal-file-system'
import { stampOfSync } from '../../store/project-index'
import { extractDocument } from '../extract'
import { documentFor, stampFor } from '../../layers/blind-reads'
import { buildIndexFile, indexFileSound, type IndexBuildProgress, type IndexBuildReply, type IndexWorkerRequest } from './index-build'

/**
 * The body of an index worker: checks the pages of a file, or builds the file its `workerData` asks for, reading the documents
 * from their files as a read-only reader does (the main thread keeps the project's lock and goes on
 * writing meanwhile), and reports progress, then done or failed. `afterBatch` lets a test fixture
 * misbehave part way.
 */
export function serveIndexBuild(afterBatch: (progress: IndexBuildProgress) => void = () => undefined): void {
  const port = parentPort
  if (!port) throw new Error('the index build must run in a worker thread')
  const request = workerData as IndexWorkerRequest
  const reply = (message: IndexBuildReply): void => port.postMessage(message)
  if (request.kind === 'check') {
    reply({ kind: 'checked', sound: indexFileSound(request.path) })
    return
  }
  const documents = new LoadedDocuments({ dir: request.dir, journalFileSystem: nodeJournalFileSystem, hasDocument: () => true, isOpenForWriting: () => false })
  const source = {
    stamp: (id: string) => stampFor(request.reader, stampOfSync(documents.pathsOf(id))),
    load: async (id: string) => extractDocument(documentFor(request.reader, (await documents.readUnkept(id)).data))
  }
  buildIndexFile(request, source, (progress) => {
    reply({ kind: 'progress', ...progress })
    afterBatch(progress)
  }).then(
    () => reply({ kind: 'done' }),
    (error: unknown) => reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
  )
}
