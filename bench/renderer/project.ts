import { createBenchProject as createProject } from '../bench-project'
import type { BenchDocument } from './corpus'

/** A project holding the renderer bench's documents with their spans (left in the journal, as after a session of tagging). */
export async function createBenchProject(projectDir: string, documents: readonly BenchDocument[]): Promise<void> {
  await createProject(
    projectDir,
    documents.map((doc) => ({ fileName: `${doc.key.replace('/', '-')}.txt`, text: doc.text, spans: doc.spanList })),
    { compact: false }
  )
}
