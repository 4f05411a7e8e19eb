import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { documentFromText } from '../documents/from-text'
import { documentMetadataSchema, type DocumentRecord } from '../shared/model/document'
import { DEFAULT_TAGS, documentIdSchema } from '../shared/model/project'
import { ProjectStore } from '../store/project-store'
import { holdsProject } from './project-folders'

/**
 * The sample corpus: the articles shipped in `resources/sample`, what a new user's first project is
 * filled with, and the `sample` project the start screen opens (kept pristine, a changed one moved aside).
 */
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

export const SAMPLE_PROJECT_FOLDER = 'sample'

/** True when the project in `dir` is the sample exactly as shipped: same articles, no annotations, default tags. */
export async function isPristineSample(dir: string, sample: SampleCorpus): Promise<boolean> {
  let store: ProjectStore
  try {
    store = await ProjectStore.open(dir, { readOnly: true })
  } catch {
    return false
  }
  try {
    if (JSON.stringify(store.info.tags) !== JSON.stringify(DEFAULT_TAGS)) return false
    const ids = store.info.documentIds
    if (ids.length !== sample.documents.length) return false
    const documents = await store.listDocuments()
    return documents.every((document, index) => {
      const shipped = sample.documents[index]
      return (
        shipped !== undefined &&
        document.id === shipped.id &&
        document.text === shipped.text &&
        document.annotations.length === 0 &&
        document.status === shipped.status
      )
    })
  } catch {
    return false
  } finally {
    store.close()
  }
}

/**
 * Makes `<projects>/sample` hold the pristine sample and returns its folder. A sample the user changed is
 * moved aside to `sample-changed-<time>` (nothing of theirs is deleted); no other folder is touched.
 */
export async function prepareSampleFolder(projectsDir: string, resourcesDir: string, now = new Date()): Promise<{ dir: string; sample: SampleCorpus; movedAside: string | null }> {
  const dir = join(projectsDir, SAMPLE_PROJECT_FOLDER)
  const sample = await loadSampleCorpus(resourcesDir)
  if (!(await holdsProject(dir))) return { dir, sample, movedAside: null }
  if (await isPristineSample(dir, sample)) return { dir, sample, movedAside: null }
  // Refuses (with the lock's message) when another Tessera has the sample open.
  ;(await ProjectStore.open(dir)).close()
  const aside = join(projectsDir, `${SAMPLE_PROJECT_FOLDER}-changed-${now.toISOString().replace(/[:.]/g, '-')}`)
  await rename(dir, aside)
  return { dir, sample, movedAside: aside }
}
