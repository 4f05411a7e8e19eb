import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import type { DocumentRecord } from '../core/shared/model/document'
import { ProjectStore } from '../core/store/project-store'

export interface UploadedProject {
  projectId: string
  name: string
  documents: number
  annotations: number
  relations: number
  entities: number
}

/**
 * Uploads a local project folder (read without its writer's lock, so a running app is not disturbed) into the team
 * database as a new project: its settings, tags, documents with their annotations (authors, curators and times as
 * written) and relations, the relations across documents, and the entities. One transaction: a failure leaves no
 * part of it behind. The change log starts at revision 1, the upload.
 */
export async function importProject(client: pg.ClientBase, dir: string): Promise<UploadedProject> {
  const store = await ProjectStore.open(dir, { readOnly: true })
  try {
    const { info } = store
    const entities = await store.entities.read()
    const across = await store.crossRelations.read()
    const projectId = randomUUID()
    const counts = { documents: 0, annotations: 0, relations: 0 }
    await client.query('BEGIN')
    try {
      const settings = { relationTypes: info.relationTypes, documentFields: info.documentFields ?? [], blindMode: info.blindMode ?? false, rejectedSuggestions: entities.rejectedSuggestions }
      await client.query('INSERT INTO projects (id, name, description, settings, revision, created_at) VALUES ($1, $2, $3, $4, 1, $5)', [
        projectId,
        info.name,
        info.description,
        JSON.stringify(settings),
        info.createdAt
      ])
      for (const [position, tag] of info.tags.entries()) {
        await client.query('INSERT INTO tags (project_id, id, position, definition) VALUES ($1, $2, $3, $4)', [projectId, tag.id, position, JSON.stringify(tag)])
      }
      for (const [position, documentId] of info.documentIds.entries()) {
        const document = await store.readDocumentOnce(documentId)
        await insertDocument(client, projectId, position, document)
        counts.documents += 1
        counts.annotations += document.annotations.length
        counts.relations += document.relations.length
      }
      for (const [position, relation] of across.relations.entries()) {
        await client.query(
          'INSERT INTO relations (project_id, document_id, id, position, type, from_annotation, to_annotation, to_document, author, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
          [projectId, relation.fromDocumentId, relation.id, -1 - position, relation.type, relation.from, relation.to, relation.toDocumentId, relation.author, relation.createdAt]
        )
        counts.relations += 1
      }
      for (const entity of entities.entities) {
        await client.query('INSERT INTO entities (project_id, id, record) VALUES ($1, $2, $3)', [projectId, entity.id, JSON.stringify(entity)])
      }
      await client.query('INSERT INTO change_log (project_id, revision, change) VALUES ($1, 1, $2)', [projectId, JSON.stringify({ kind: 'uploaded', from: dir, ...counts, entities: entities.entities.length })])
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    }
    return { projectId, name: info.name, ...counts, entities: entities.entities.length }
  } finally {
    store.close()
  }
}

/** One document row, then its annotations and relations in one statement each (arrays unnested), in stored order. */
async function insertDocument(client: pg.ClientBase, projectId: string, position: number, d: DocumentRecord): Promise<void> {
  await client.query(
    `INSERT INTO documents (project_id, id, position, title, outlet, byline, published, url, language, status, imported_from, imported_at, text, fields, done_by, curation)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [projectId, d.id, position, d.title, d.source, d.author, d.date, d.url, d.language, d.status, d.importedFrom, d.importedAt, d.text, d.fields ? JSON.stringify(d.fields) : null, d.doneBy ?? null, d.curation ? JSON.stringify(d.curation) : null]
  )
  if (d.annotations.length > 0) {
    const column = <T>(pick: (a: DocumentRecord['annotations'][number]) => T): T[] => d.annotations.map(pick)
    await client.query(
      `INSERT INTO annotations (project_id, document_id, id, position, tag, start_offset, end_offset, quote, prefix, suffix, attributes, note, author, curator, created_at, updated_at, entity_id)
       SELECT $1, $2, * FROM unnest($3::text[], $4::bigint[], $5::text[], $6::int[], $7::int[], $8::text[], $9::text[], $10::text[], $11::jsonb[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[])`,
      [
        projectId,
        d.id,
        column((a) => a.id),
        d.annotations.map((_a, index) => index),
        column((a) => a.tag),
        column((a) => a.start),
        column((a) => a.end),
        column((a) => a.quote),
        column((a) => a.prefix),
        column((a) => a.suffix),
        column((a) => JSON.stringify(a.attributes)),
        column((a) => a.note),
        column((a) => a.author),
        column((a) => a.curator ?? null),
        column((a) => a.createdAt),
        column((a) => a.updatedAt),
        column((a) => a.entityId)
      ]
    )
  }
  for (const [index, r] of d.relations.entries()) {
    await client.query(
      'INSERT INTO relations (project_id, document_id, id, position, type, from_annotation, to_annotation, to_document, author, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9)',
      [projectId, d.id, r.id, index, r.type, r.from, r.to, r.author, r.createdAt]
    )
  }
}
