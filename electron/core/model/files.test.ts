import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createCore } from '../core'
import { useTempDirs } from '../testing/helpers'
import { documentFileSchema, projectFileReadSchema } from './files'
import { DEFAULT_TAGS } from './project'

const V1_PROJECT = fileURLToPath(new URL('../store/fixtures/v1-project', import.meta.url))
const V1_DOCUMENT = join(V1_PROJECT, 'documents', '63c85057-4233-4e3c-a20c-a1c546c7c099.json')

describe('reading files of every known schema version', () => {
  const tempDir = useTempDirs()

  it('migrates a document written by the foundation (schema 1) without losing a span or a character', async () => {
    const raw = JSON.parse(await readFile(V1_DOCUMENT, 'utf8')) as { text: string; annotations: { id: string; start: number; end: number; quote: string }[] }
    const migrated = documentFileSchema.parse(raw)
    expect(migrated.schemaVersion).toBe(2)
    expect(migrated.text).toBe(raw.text)
    expect(migrated.status).toBe('in-progress')
    expect(migrated.relations).toEqual([])
    expect(migrated.annotations.map(({ id, start, end, quote }) => ({ id, start, end, quote }))).toEqual(
      raw.annotations.map(({ id, start, end, quote }) => ({ id, start, end, quote }))
    )
    for (const annotation of migrated.annotations) {
      expect(migrated.text.slice(annotation.start, annotation.end)).toBe(annotation.quote)
      expect(annotation.entityId).toBeNull()
    }
  })

  it('gives the default tags of a schema-1 project their default attributes', async () => {
    const raw: unknown = JSON.parse(await readFile(join(V1_PROJECT, 'project.json'), 'utf8'))
    const migrated = projectFileReadSchema.parse(raw)
    expect(migrated.schemaVersion).toBe(2)
    expect(migrated.tags).toEqual(DEFAULT_TAGS)
  })

  it('reports a damaged file against its own version, and an unknown version as such', () => {
    const damaged = documentFileSchema.safeParse({ schemaVersion: 1, id: 'x', text: 'Hama' })
    expect(damaged.success).toBe(false)
    expect(damaged.error?.issues[0]?.path).toEqual(['title'])
    const future = documentFileSchema.safeParse({ schemaVersion: 99, id: 'x' })
    expect(future.success).toBe(false)
    expect(future.error?.issues[0]?.path).toEqual(['schemaVersion'])
  })

  it('opens a schema-1 project and writes it back as schema 2 on the next change', async () => {
    const dir = join(await tempDir(), 'project')
    await cp(V1_PROJECT, dir, { recursive: true })
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    try {
      const [summary] = await core.call('documents.list', {})
      if (!summary) throw new Error('the fixture lists no document')
      expect(summary).toMatchObject({ status: 'in-progress', annotationCount: 5, tagCounts: { actor: 1, place: 2, claim: 1, figure: 1 } })
      const document = await core.call('documents.get', { documentId: summary.id })
      await core.call('annotations.create', { documentId: document.id, tag: 'actor', start: 30, end: 38 })
      const written = JSON.parse(await readFile(join(dir, 'documents', `${document.id}.json`), 'utf8')) as { schemaVersion: number; annotations: unknown[] }
      expect(written.schemaVersion).toBe(2)
      expect(written.annotations).toHaveLength(6)
    } finally {
      core.close()
    }
  })
})
