import { describe, expect, it } from 'vitest'
import { tessera } from '../cli/testing/run-cli'
import { createCore } from '../core/core'
import { useTempDirs } from '../core/testing/helpers'
import { importTexts } from '../core/testing/import-texts'
import { useWarmImportWorkers } from '../core/import/worker/testing'
import { importProject } from './import-project'
import { useMigratedCluster } from './testing/migrated-cluster'

useWarmImportWorkers()

const database = useMigratedCluster()

const TEXT = 'Hama\n\nThe army entered Hama on Tuesday; residents fled to حماة 🙂.'
const at = (word: string, from = 0) => ({ start: TEXT.indexOf(word, from), end: TEXT.indexOf(word, from) + word.length })

describe('tessera server import-project', () => {
  const tempDir = useTempDirs()

  /** A local project: A and B annotated one article differently, B related two spans, the curator decided one stretch. */
  async function localProject(): Promise<{ dir: string; documentId: string }> {
    const dir = await tempDir()
    const asA = await createCore({ projectDir: dir, resourcesDir: dir, author: 'A' })
    const [document] = await importTexts(asA, [{ fileName: 'hama.txt', content: TEXT }])
    const documentId = document?.id ?? ''
    await asA.call('annotations.create', { documentId, tag: 'place', ...at('Hama', 6) })
    asA.close()
    const asB = await createCore({ projectDir: dir, resourcesDir: dir, author: 'B' })
    const army = await asB.call('annotations.create', { documentId, tag: 'actor', ...at('army') })
    const arabic = await asB.call('annotations.create', { documentId, tag: 'place', ...at('حماة') })
    await asB.call('annotations.create', { documentId, tag: 'actor', ...at('Hama', 6) })
    const claim = await asB.call('annotations.create', { documentId, tag: 'claim', ...at('residents fled to حماة') })
    await asB.call('relations.add', { documentId, type: 'attributed-to', from: claim.id, to: army.id })
    await asB.call('entities.create', { documentId, annotationId: arabic.id, name: 'Hama', aliases: ['حماة'] })
    asB.close()
    const curator = await createCore({ projectDir: dir, resourcesDir: dir, author: 'Curator' })
    await curator.call('adjudication.decide', { documentId, ...at('Hama', 6), choice: { kind: 'accept', annotator: 'A' } })
    curator.close()
    return { dir, documentId }
  }

  it('uploads every annotation with its author, curator, offsets and times exactly, and the entities and tags', async () => {
    const { dir, documentId } = await localProject()
    const local = await createCore({ projectDir: dir, resourcesDir: dir, author: 'reader' })
    const stored = await local.call('documents.get', { documentId })
    const entities = await local.call('entities.list', {})
    const tagIds = (await local.call('project.get', {})).tags.map((tag) => tag.id)
    local.close()
    expect([stored.relations.length, entities.length, stored.annotations.some((a) => a.entityId !== null)]).toEqual([1, 1, true])

    const run = await tessera('server', 'import-project', dir, '--database', database.cluster().url)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const projectId = /as project ([0-9a-f-]{36})/.exec(run.stdout)?.[1] ?? ''
    expect(run.stdout).toMatch(new RegExp(`1 document, ${stored.annotations.length} annotations, ${stored.relations.length} relations?, ${entities.length} entit`))

    const { rows } = await database.client().query<{ id: string; tag: string; start_offset: number; end_offset: number; quote: string; author: string; curator: string | null; created_at: string; updated_at: string; entity_id: string | null; attributes: unknown }>(
      'SELECT id, tag, start_offset, end_offset, quote, author, curator, created_at, updated_at, entity_id, attributes FROM annotations WHERE project_id = $1 AND document_id = $2 ORDER BY position',
      [projectId, documentId]
    )
    expect(rows).toEqual(
      stored.annotations.map((a) => ({ id: a.id, tag: a.tag, start_offset: a.start, end_offset: a.end, quote: a.quote, author: a.author, curator: a.curator ?? null, created_at: a.createdAt, updated_at: a.updatedAt, entity_id: a.entityId, attributes: a.attributes }))
    )
    expect(rows.map((row) => row.author).sort()).toEqual(['A', 'B', 'B', 'B', 'B', 'curated'])
    expect(rows.filter((row) => row.author === 'curated').map((row) => row.curator)).toEqual(['Curator'])
    const relation = await database.client().query<{ type: string; from_annotation: string; to_annotation: string; author: string }>('SELECT type, from_annotation, to_annotation, author FROM relations WHERE project_id = $1', [projectId])
    expect(relation.rows).toEqual(stored.relations.map((r) => ({ type: r.type, from_annotation: r.from, to_annotation: r.to, author: r.author })))
    const entity = await database.client().query<{ record: unknown }>('SELECT record FROM entities WHERE project_id = $1', [projectId])
    expect(entity.rows.map((row) => row.record)).toEqual(entities)
    const document = await database.client().query<{ text: string; curation: unknown }>('SELECT text, curation FROM documents WHERE project_id = $1 AND id = $2', [projectId, documentId])
    expect(document.rows[0]?.text).toBe(stored.text)
    expect(document.rows[0]?.curation).toEqual(stored.curation)
    const tags = await database.client().query<{ id: string }>('SELECT id FROM tags WHERE project_id = $1 ORDER BY position', [projectId])
    expect(tags.rows.map((row) => row.id)).toEqual(tagIds)
  })

  it('leaves nothing behind when the upload fails part-way, and says why in one line', async () => {
    const { dir } = await localProject()
    await database.client().query('ALTER TABLE entities RENAME TO entities_away')
    try {
      const before = await database.client().query<{ count: string }>('SELECT count(*) FROM projects')
      await expect(importProject(database.client(), dir)).rejects.toThrow(/entities/)
      const after = await database.client().query<{ count: string }>('SELECT count(*) FROM projects')
      expect(after.rows[0]?.count).toBe(before.rows[0]?.count)
      const orphans = await database.client().query<{ count: string }>('SELECT count(*) FROM documents WHERE project_id NOT IN (SELECT id FROM projects)')
      expect(orphans.rows[0]?.count).toBe('0')
    } finally {
      await database.client().query('ALTER TABLE entities_away RENAME TO entities')
    }
    const missing = await tessera('server', 'import-project', `${dir}-not-there`, '--database', database.cluster().url)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^tessera: [^\n]+\n$/)
  })
})
