import type { DocumentExtract } from '../extract'
import { mentionOrder } from './order-keys'
import { INSERT_CLAIM, INSERT_DOCUMENT, INSERT_FIGURE, INSERT_MENTION, rowsOf } from './schema'
import type { Sql } from './sqlite'

/** Past this length the documents' mention keys are all made again (a few milliseconds per thousand documents). */
const LONGEST_KEY = 24

/**
 * Writes and deletes one document's rows, keeping what spans documents: the Mentions view's order of
 * documents (`mention_key`) and the claims' trigram index. During a build (`building`) both are left
 * to `finishBuild`, which makes them once for all the rows.
 */
export class StoredRows {
  private order = mentionOrder()

  /** Takes in the order of the documents of a file opened. */
  load(sql: Sql): void {
    this.order = mentionOrder()
    this.order.load(sql.all('SELECT id, date, outlet, mention_key FROM documents').map((row) => ({ id: String(row.id), date: String(row.date ?? ''), outlet: String(row.outlet), key: String(row.mention_key) })))
  }

  /** Stores one document's rows; returns its row in `documents`. */
  insert(sql: Sql, extract: DocumentExtract, stamp: string, entityNameKey: (entityId: string) => string | undefined, building: boolean): number {
    const key = this.order.add({ id: extract.documentId, date: extract.date ?? '', outlet: extract.outlet })
    sql.run(INSERT_DOCUMENT, [extract.documentId, extract.title, extract.outlet, extract.date, stamp, key])
    const doc = Number(sql.get('SELECT last_insert_rowid() AS doc')?.doc)
    const rows = rowsOf(doc, extract, entityNameKey)
    for (const row of rows.mentions) sql.run(INSERT_MENTION, row)
    for (const row of rows.claims) sql.run(INSERT_CLAIM, row)
    for (const row of rows.figures) sql.run(INSERT_FIGURE, row)
    if (!building) {
      sql.run('INSERT INTO claims_text(rowid, text_key) SELECT row, text_key FROM claims WHERE doc = ?', [doc])
      if (key.length > LONGEST_KEY) this.rekey(sql)
    }
    return doc
  }

  remove(sql: Sql, doc: number, documentId: string, building: boolean): void {
    this.order.remove(documentId)
    if (!building) sql.run("INSERT INTO claims_text(claims_text, rowid, text_key) SELECT 'delete', row, text_key FROM claims WHERE doc = ?", [doc])
    for (const table of ['mentions', 'claims', 'figures', 'documents']) sql.run(`DELETE FROM ${table} WHERE doc = ?`, [doc])
  }

  /** After a build's rows are in (and its indexes made): evenly spaced mention keys, and the trigram index. */
  finishBuild(sql: Sql): void {
    this.rekey(sql)
    sql.run("INSERT INTO claims_text(claims_text) VALUES ('rebuild')")
    sql.exec(`CREATE VIRTUAL TABLE temp.claims_vocabulary USING fts5vocab(main, claims_text, row);
      DELETE FROM claim_trigrams; INSERT INTO claim_trigrams SELECT term, doc FROM temp.claims_vocabulary; DROP TABLE temp.claims_vocabulary;`)
  }

  private rekey(sql: Sql): void {
    for (const [id, key] of this.order.rekey()) sql.run('UPDATE documents SET mention_key = ? WHERE id = ?', [key, id])
  }
}
