import { cp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../core'
import { documentOnDisk } from '../../testing/on-disk'
import { useTempDirs } from '../../testing/helpers'
import { documentFileSchema, projectFileReadSchema } from './files'
import { DEFAULT_TAGS } from './project'

const V1_PROJECT = fileURLToPath(new URL('../../store/fixtures/v1-project', import.meta.url))
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
    // The colours stay the ones the file chose (the foundation's Claim was #d97706, darker by default since).
    const colours = new Map((raw as { tags: { id: string; color: string }[] }).tags.map((t) => [t.id, t.color]))
    expect(migrated.tags).toEqual(DEFAULT_TAGS.map((tag) => ({ ...tag, color: colours.get(tag.id) })))
  })

  it('reports a damaged file against its own version, and an unknown version as such', () => {
    const damaged = documentFileSchema.safeParse({ schemaVersion: 1, id: 'x', text: 'Hama' })
    expect(damaged.success).toBe(false)
    expect(damaged.error?.issues[0]?.path).toEqual(['title'])
    const future = documentFileSchema.safeParse({ schemaVersion: 99, id: 'x' })
    expect(future.success).toBe(false)
    expect(future.error?.issues[0]?.path).toEqual(['schemaVersion'])
  })

  it('migrates a schema-1 project on open, after a backup that keeps the schema-1 files byte for byte', async () => {
    const dir = join(await tempDir(), 'project')
    await cp(V1_PROJECT, dir, { recursive: true })
    const documentFile = join('documents', '63c85057-4233-4e3c-a20c-a1c546c7c099.json')
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    try {
      const written = JSON.parse(await readFile(join(dir, documentFile), 'utf8')) as { schemaVersion: number; annotations: unknown[] }
      expect(written.schemaVersion).toBe(2)
      expect(written.annotations).toHaveLength(5)
      expect((JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')) as { schemaVersion: number }).schemaVersion).toBe(2)
      const [backup] = await core.call('backups.list', {})
      expect(backup?.reason).toBe('before-migration')
      for (const file of ['project.json', documentFile]) {
        expect(await readFile(join(dir, 'backups', backup?.name ?? '', file), 'utf8')).toBe(await readFile(join(V1_PROJECT, file), 'utf8'))
      }
      const [summary] = await core.call('documents.list', {})
      if (!summary) throw new Error('the fixture lists no document')
      expect(summary).toMatchObject({ status: 'in-progress', annotationCount: 5, tagCounts: { actor: 1, place: 2, claim: 1, figure: 1 } })
      await core.call('annotations.create', { documentId: summary.id, tag: 'actor', start: 30, end: 38 })
      expect(documentOnDisk(join(dir, documentFile)).annotations).toHaveLength(6)
    } finally {
      core.close()
    }
    // Restoring the backup brings the schema-1 files back, and they migrate again on the next open.
    const again = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    try {
      const before = (await again.call('backups.list', {})).find((b) => b.reason === 'before-migration')
      const { undo } = await again.call('backups.restore', { name: before?.name ?? '' })
      expect(undo).toMatch(/before-restore$/)
      expect((JSON.parse(await readFile(join(dir, documentFile), 'utf8')) as { schemaVersion: number }).schemaVersion).toBe(1)
      const [summary] = await again.call('documents.list', {})
      expect(summary?.annotationCount).toBe(5)
    } finally {
      again.close()
    }
  })

  it('refuses a project written by a newer Tessera, naming the version, and changes nothing', async () => {
    const dir = join(await tempDir(), 'project')
    await cp(V1_PROJECT, dir, { recursive: true })
    const projectPath = join(dir, 'project.json')
    const newer = JSON.stringify({ ...(JSON.parse(await readFile(projectPath, 'utf8')) as object), schemaVersion: 3 })
    await writeFile(projectPath, newer)
    for (const readOnly of [false, true]) {
      const open = createCore({ projectDir: dir, resourcesDir: dir, author: 'tester', readOnly })
      await expect(open).rejects.toThrow(`${projectPath} was written by a newer Tessera (project schema 3; this version knows up to 2)`)
    }
    expect(await readFile(projectPath, 'utf8')).toBe(newer)
  })
})
