import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { documentFromText } from '../documents/from-text'
import { documentMetadataSchema, type DocumentRecord } from '../model/document'
import { documentIdSchema } from '../model/project'

export const SAMPLE_FOLDER = 'sample'

const sampleManifestSchema = z.object({
  name: z.string().min(1),
  documents: z.array(documentMetadataSchema.extend({ id: documentIdSchema, file: z.string().min(1) })).min(1)
})

export interface SampleCorpus {
  name: string
  documents: DocumentRecord[]
}

/** Reads the sample articles shipped in `resources/sample`, in the manifest's (chronological) order. */
export async function loadSampleCorpus(resourcesDir: string): Promise<SampleCorpus> {
  const folder = join(resourcesDir, SAMPLE_FOLDER)
  const manifest = sampleManifestSchema.parse(JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')))
  const documents = await Promise.all(
    manifest.documents.map(async ({ id, file, title, source, date }) =>
      documentFromText(file, await readFile(join(folder, file), 'utf8'), { title, source, date }, id)
    )
  )
  return { name: manifest.name, documents }
}
