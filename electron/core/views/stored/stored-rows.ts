import type { DocumentExtract } from '../extract'
import { INSERT_CLAIM, INSERT_DOCUMENT, INSERT_FIGURE, INSERT_MENTION, rowsOf } from './schema'
import type { Sql } from './sqlite'

/**
 * Writes one document's rows (its document row, mentions, claims and figures) and answers with the
 * document's row id. `actorName` gives the sort key of an entity a claim's actor is linked to.
 */
export function insertDocumentRows(sql: Sql, extract: DocumentExtract, stamp: string, actorName: (entityId: string) => string | undefined): number {
  sql.run(INSERT_DOCUMENT, [extract.documentId, extract.title, extract.outlet, extract.date, stamp])
  const doc = Number(sql.get('SELECT last_insert_rowid() AS doc')?.doc)
  const rows = rowsOf(doc, extract, actorName)
  for (const row of rows.mentions) sql.run(INSERT_MENTION, row)
  for (const row of rows.claims) sql.run(INSERT_CLAIM, row)
  for (const row of rows.figures) sql.run(INSERT_FIGURE, row)
  return doc
}
