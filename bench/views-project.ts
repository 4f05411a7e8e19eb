/**
 * The views bench corpus written as a project folder, for the renderer bench to serve: documents,
 * project.json with the default tags and entities.json. Cached in the temp folder like the big project;
 * bump GENERATOR_VERSION whenever views-corpus.ts would generate something else.
 */
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DOCUMENT_SCHEMA_VERSION } from '../electron/core/shared/model/document'
import { ENTITIES_SCHEMA_VERSION } from '../electron/core/shared/model/entity'
import { DEFAULT_TAGS, PROJECT_SCHEMA_VERSION } from '../electron/core/shared/model/project'
import { DOCUMENTS, entities, generateDocument } from './views-corpus'

const GENERATOR_VERSION = 1

/** The project of `documents` articles (the first 10,000 of the 100,000 project are the 10,000 project's). */
export async function viewsProject(log: (line: string) => void, documents = DOCUMENTS): Promise<string> {
  const dir = join(tmpdir(), `tessera-bench-views-v${GENERATOR_VERSION}-d${DOCUMENT_SCHEMA_VERSION}-${documents}`)
  if (existsSync(join(dir, 'project.json'))) return dir
  log(`generating the views corpus (${documents.toLocaleString('en')} articles) in ${dir} (cached for later runs)…`)
  const building = `${dir}.building`
  await rm(building, { recursive: true, force: true })
  await mkdir(join(building, 'documents'), { recursive: true })
  const ids: string[] = []
  for (let i = 0; i < documents; i += 1) {
    const document = generateDocument(i)
    ids.push(document.id)
    await writeFile(join(building, 'documents', `${document.id}.json`), `${JSON.stringify(document)}\n`)
  }
  await writeFile(join(building, 'entities.json'), `${JSON.stringify({ schemaVersion: ENTITIES_SCHEMA_VERSION, entities, rejectedSuggestions: [] })}\n`)
  const project = { schemaVersion: PROJECT_SCHEMA_VERSION, name: 'Views bench corpus', description: '', createdAt: '2024-12-01T00:00:00.000Z', tags: DEFAULT_TAGS, documentIds: ids }
  await writeFile(join(building, 'project.json'), `${JSON.stringify(project, null, 1)}\n`)
  await rename(building, dir)
  return dir
}
