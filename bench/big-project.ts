/**
 * A generated project of 10,000 articles and 500,000 spans for `npm run bench`, written straight to
 * files in the store's format (seeded, deterministic). Generating it takes a while, so it is cached
 * in the temp folder under a name that carries the generator's version: change GENERATOR_VERSION
 * whenever the output would change.
 */
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { documentFromText } from '../electron/core/documents/from-text'
import { DOCUMENT_SCHEMA_VERSION, type DocumentRecord } from '../electron/core/shared/model/document'
import { DEFAULT_TAGS, PROJECT_SCHEMA_VERSION } from '../electron/core/shared/model/project'
import { syntheticAnnotations, syntheticArticle } from './synthetic'

export const GENERATOR_VERSION = 1
export const ARTICLES = 10_000
export const SPANS_PER_ARTICLE = 50
const OUTLETS = ['NationPress', 'Al Mayadeen', 'teleSUR', 'Tehran Times', 'Shafaq News']
const STATUSES = ['not-started', 'in-progress', 'done'] as const

/** The cached project folder, generated first if it is not there yet. */
export async function bigProject(log: (line: string) => void): Promise<string> {
  const dir = join(tmpdir(), `tessera-bench-project-v${GENERATOR_VERSION}-d${DOCUMENT_SCHEMA_VERSION}-${ARTICLES}x${SPANS_PER_ARTICLE}`)
  if (existsSync(join(dir, 'project.json'))) return dir
  log(`generating ${ARTICLES.toLocaleString('en')} articles with ${(ARTICLES * SPANS_PER_ARTICLE).toLocaleString('en')} spans in ${dir} (cached for later runs)…`)
  const building = `${dir}.building`
  await rm(building, { recursive: true, force: true })
  await mkdir(join(building, 'documents'), { recursive: true })
  const ids: string[] = []
  const createdAt = '2024-12-01T00:00:00.000Z'
  for (let i = 0; i < ARTICLES; i += 1) {
    const id = `article-${String(i).padStart(5, '0')}`
    ids.push(id)
    const words = 250 + ((i * 7919) % 500)
    const text = `Report ${i} from Hama 🇸🇾\n\n${syntheticArticle(words, i + 1)}`
    const record: DocumentRecord = {
      ...documentFromText(`${id}.txt`, text, { source: OUTLETS[i % OUTLETS.length] ?? '', date: `2024-12-${String((i % 28) + 1).padStart(2, '0')}` }, id),
      importedAt: createdAt,
      status: STATUSES[i % STATUSES.length] ?? 'done'
    }
    record.annotations = syntheticAnnotations(id, record.text, SPANS_PER_ARTICLE, createdAt)
    await writeFile(join(building, 'documents', `${id}.json`), `${JSON.stringify(record, null, 1)}\n`)
  }
  const project = { schemaVersion: PROJECT_SCHEMA_VERSION, name: 'Bench corpus', description: '', createdAt, tags: DEFAULT_TAGS, documentIds: ids }
  await writeFile(join(building, 'project.json'), `${JSON.stringify(project, null, 1)}\n`)
  await rename(building, dir)
  return dir
}
