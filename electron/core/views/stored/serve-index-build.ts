import { parentPort, workerData } from 'node:worker_threads'
import { LoadedDocuments } from '../../store/loaded-documents'
import { nodeJournalFileSystem } from '../../store/journal-file-system'
import { stampOfSync } from '../../store/project-index'
import { extractDocument } from '../extract'
import { buildIndexFile, type IndexBuildProgress, type IndexBuildReply, type IndexBuildRequest } from './index-build'

/**
 * The body of an index build worker: builds the file its `workerData` asks for, reading the documents
 * from their files as a read-only reader does (the main thread keeps the project's lock and goes on
 * writing meanwhile), and reports progress, then done or failed. `afterBatch` lets a test fixture
 * misbehave part way.
 */
export function serveIndexBuild(afterBatch: (progress: IndexBuildProgress) => void = () => undefined): void {
  const port = parentPort
  if (!port) throw new Error('the index build must run in a worker thread')
  const request = workerData as IndexBuildRequest
  const documents = new LoadedDocuments({ dir: request.dir, journalFileSystem: nodeJournalFileSystem, hasDocument: () => true, isOpenForWriting: () => false })
  const source = {
    stamp: (id: string) => stampOfSync(documents.pathsOf(id)),
    load: async (id: string) => extractDocument((await documents.readUnkept(id)).data)
  }
  const reply = (message: IndexBuildReply): void => port.postMessage(message)
  buildIndexFile(request, source, (progress) => {
    reply({ kind: 'progress', ...progress })
    afterBatch(progress)
  }).then(
    () => reply({ kind: 'done' }),
    (error: unknown) => reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
  )
}
