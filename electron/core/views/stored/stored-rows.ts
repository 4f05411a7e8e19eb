import type { DocumentExtract } from '../extract'
import { claimDateOrder, mentionOrder, type DocumentOrder, type OrderedDocument } from './order-keys'
import { INSERT_CLAIM, INSERT_DOCUMENT, INSERT_FIGURE, INSERT_MENTION, rowsOf } from './schema'
import type { Sql, SqlRow } from './sqlite'

/**
 * Past this length a document order's keys are all made again: the mention keys in `documents` only,
 * the claim keys in every claim too (seconds at 100,000 documents; after some 1,400 articles added in
 * order, far more at random places).
 */
const LONGEST_KEY = 24
const BUILD_KEY = '0000'

/**
 * Writes and deletes one document's rows, keeping what spans documents: the orders of documents
 * (`mention_key`, `claim_key`) and the claims' trigram index. During a build (`building`) the keys are
 * made once for all documents by `keyBuild`, the trigram index by `finishBuild`.
 */
export class StoredRows {
  private mentions = mentionOrder()
  private claims = claimDateOrder()

  /**
   * Takes in the orders of the documents of a file opened, from its `documents` rows (id, date, outlet,
   * mention_key, claim_key): one order per step, so the opening can let the thread go between them (each
   * sorts every document: about 300 ms at 100,000).
   */
  loadSteps(rows: readonly SqlRow[]): (() => void)[] {
    const ordered = (row: SqlRow): OrderedDocument => ({ id: String(row.id), date: String(row.date ?? ''), outlet: String(row.outlet) })
    return [
      () => {
        this.mentions = mentionOrder()
        this.mentions.load(rows.map((row) => ({ ...ordered(row), key: String(row.mention_key) })))
      },
      () => {
        this.claims = claimDateOrder()
        this.claims.load(rows.map((row) => ({ ...ordered(row), key: String(row.claim_key) })))
      }
    ]
  }

  /** Stores one document's rows; returns its row in `documents`. */
  insert(sql: Sql, extract: DocumentExtract, stamp: string, entityNameKey: (entityId: string) => string | undefined, building: boolean): number {
    const ordered = { id: extract.documentId, date: extract.date ?? '', outlet: extract.outlet }
    const mentionKey = this.mentions.add(ordered)
    const claimKey = this.claims.add(ordered)
    sql.run(INSERT_DOCUMENT, [extract.documentId, extract.title, extract.outlet, extract.date, stamp, mentionKey, claimKey])
    const doc = Number(sql.get('SELECT last_insert_rowid() AS doc')?.doc)
    // During a build the claims get their keys at its end (`keyBuild`), short and evenly spaced, over a
    // stand-in of their length (four digits are room for 3,000,000 documents): a row whose key grew or
    // shrank would split its page or leave it part empty.
    const rows = rowsOf(doc, building ? BUILD_KEY : claimKey, extract, entityNameKey)
    for (const row of rows.mentions) sql.run(INSERT_MENTION, row)
    for (const row of rows.claims) sql.run(INSERT_CLAIM, row)
    for (const row of rows.figures) sql.run(INSERT_FIGURE, row)
    if (!building) {
      sql.run('INSERT INTO claims_text(rowid, text_key) SELECT row, text_key FROM claims WHERE doc = ?', [doc])
      if (mentionKey.length > LONGEST_KEY) this.rekeyMentions(sql)
      if (claimKey.length > LONGEST_KEY) this.rekeyClaims(sql)
    }
    return doc
  }

  remove(sql: Sql, doc: number, documentId: string, building: boolean): void {
    this.mentions.remove(documentId)
    this.claims.remove(documentId)
    if (!building) sql.run("INSERT INTO claims_text(claims_text, rowid, text_key) SELECT 'delete', row, text_key FROM claims WHERE doc = ?", [doc])
    for (const table of ['mentions', 'claims', 'figures', 'documents']) sql.run(`DELETE FROM ${table} WHERE doc = ?`, [doc])
  }

  /** After a build's rows are in, before the indexes are made: the documents' keys, short and evenly spaced. */
  keyBuild(sql: Sql): void {
    this.rekeyMentions(sql)
    this.rekeyClaims(sql)
  }

  /** After a build's indexes are made: the trigram index and its counts. */
  finishBuild(sql: Sql): void {
    sql.run("INSERT INTO claims_text(claims_text) VALUES ('rebuild')")
    sql.exec(`CREATE VIRTUAL TABLE temp.claims_vocabulary USING fts5vocab(main, claims_text, row);
      DELETE FROM claim_trigrams; INSERT INTO claim_trigrams SELECT term, doc FROM temp.claims_vocabulary; DROP TABLE temp.claims_vocabulary;`)
  }

  private rekeyMentions(sql: Sql): void {
    rekey(sql, this.mentions, 'mention_key')
  }

  private rekeyClaims(sql: Sql): void {
    rekey(sql, this.claims, 'claim_key')
    sql.run('UPDATE claims SET claim_key = (SELECT claim_key FROM documents d WHERE d.doc = claims.doc)')
  }
}

function rekey(sql: Sql, order: DocumentOrder, column: 'mention_key' | 'claim_key'): void {
  for (const [id, key] of order.rekey()) sql.run(`UPDATE documents SET ${column} = ? WHERE id = ?`, [key, id])
}
