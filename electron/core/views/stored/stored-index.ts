import { rmSync } from 'node:fs'
import type { DocumentExtract } from '../extract'
import { StoredAggregates, contributionOf, storedContribution } from './aggregates'
import { INDEXES, STORED_VIEWS_VERSION, TABLES } from './schema'
import { Sql } from './sqlite'
import { StoredRows } from './stored-rows'

/** The index file, beside the project's files; a cache of them, never the truth. */
export const STORED_VIEWS_FILE = 'views-index.sqlite'
/** Documents extracted and written per transaction: the memory of a build stays that of one batch. */
const BATCH = 100
const READERS = 8
/** The locale whose collator ordered the stored mentions (`localeCompare`'s, as the memory views). */
const COLLATION = new Intl.Collator().resolvedOptions().locale

export interface StoredViewsSource {
  documentIds(): readonly string[]
  /** The stamp of a document's files now: a stored document whose stamp differs is extracted again. */
  stamp(id: string): string
  load(id: string): Promise<DocumentExtract>
  /** Each entity's name as the Claims view sorts actors by it (`foldName`). */
  entityNameKeys(): Promise<ReadonlyMap<string, string>>
}

/**
 * The corpus views' index kept in an SQLite file beside the project (`views-index.sqlite`), read by
 * range: every view asks it for one page or for counts it keeps, so the process holds what a view
 * shows, whatever the corpus's size. Kept current like the memory index it replaces: a change marks
 * its document stale and the next read writes that document's rows again; at the first read of a
 * session every document's stamp is compared with the stored one, so changes made while the index was
 * closed (another program, a crash, a restore) are taken in. A missing file, one of another version,
 * one whose build never finished or that SQLite finds damaged is deleted and built again from the
 * documents.
 */
export class StoredViewIndex {
  private sql: Sql | null = null
  private aggregates = new StoredAggregates()
  private rows = new StoredRows()
  private readonly stale = new Set<string>()
  private readonly generation = new Map<string, number>()
  /** Documents stored, by id, with their row id, outlet and the stamp of the files they were read from. */
  private stored = new Map<string, { doc: number; outlet: string; stamp: string }>()
  private checked = false
  private closed = false
  private updating: Promise<void> = Promise.resolve()
  /** The entity names the stored actor sort keys were made with. */
  actorNames = new Map<string, string>()
  /** Documents that could not be read, with why: left out of the views, not fatal. */
  readonly problems = new Map<string, string>()

  constructor(
    readonly path: string,
    private readonly source: StoredViewsSource
  ) {}

  invalidate(documentId: string): void {
    this.stale.add(documentId)
    this.generation.set(documentId, (this.generation.get(documentId) ?? 0) + 1)
  }

  /**
   * Runs `read` on the index once it holds every document as stored now. An SQLite error (a file
   * damaged under it) deletes the file, builds it again and reads once more.
   */
  async read<T>(read: (sql: Sql, aggregates: StoredAggregates) => T): Promise<T> {
    try {
      return read(await this.current(), this.aggregates)
    } catch (error) {
      if (!isSqliteError(error)) throw error
      this.discard()
      return read(await this.current(), this.aggregates)
    }
  }

  /** Brings the file up to date; updates never overlap. */
  current(): Promise<Sql> {
    const run = this.updating.then(() => this.update())
    this.updating = run.then(
      () => undefined,
      () => undefined
    )
    return run
  }

  /** Closes the file, marked as closed cleanly; an update under way stops at its next document batch. */
  close(): void {
    this.closed = true
    if (!this.sql) return
    try {
      this.sql.run("INSERT OR REPLACE INTO meta VALUES ('clean', '1')")
    } finally {
      this.sql.close()
      this.sql = null
    }
  }

  private async update(): Promise<Sql> {
    if (this.closed) throw new Error('The project was closed.')
    const sql = this.sql ?? this.open()
    const ids = this.source.documentIds()
    if (!this.checked) {
      for (const id of ids) if (this.stored.get(id)?.stamp !== this.source.stamp(id)) this.stale.add(id)
      this.checked = true
    }
    const present = new Set(ids)
    const gone = [...this.stored.keys()].filter((id) => !present.has(id))
    const building = this.stored.size === 0 && this.stale.size > 0
    // A build's file is trusted only once it is marked complete, so it need not reach the disk before.
    if (building) sql.exec('PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY')
    if (gone.length > 0) sql.transaction(() => gone.forEach((id) => this.remove(sql, id)))
    const stale = ids.filter((id) => this.stale.has(id))
    for (const id of this.stale) if (!present.has(id)) this.stale.delete(id)
    // A build sorts actors by the entity names of now; later rows keep the names the others were made
    // with, and the Claims view rewrites the keys of entities renamed since (`syncActorNames`).
    if (building) this.actorNames = new Map(await this.source.entityNameKeys())
    if (this.closed) throw new Error('The project was closed.')
    for (let from = 0; from < stale.length; from += BATCH) {
      const batch = stale.slice(from, from + BATCH)
      const generations = batch.map((id) => this.generation.get(id) ?? 0)
      const stamps = batch.map((id) => this.source.stamp(id))
      const extracts = await this.extract(batch)
      if (this.closed) throw new Error('The project was closed.')
      sql.transaction(() => {
        batch.forEach((id, i) => {
          const extract = extracts[i]
          if (this.stored.has(id)) this.remove(sql, id, !building)
          if (extract) this.insert(sql, extract, stamps[i] ?? '', !building)
          if ((this.generation.get(id) ?? 0) === generations[i]) this.stale.delete(id)
        })
      })
    }
    if (building) {
      await this.finishBuild(sql)
      sql.exec('PRAGMA synchronous = FULL; PRAGMA journal_mode = DELETE')
    }
    return sql
  }

  private async extract(ids: readonly string[]): Promise<(DocumentExtract | undefined)[]> {
    const extracts: (DocumentExtract | undefined)[] = new Array(ids.length)
    let next = 0
    const readNext = async (): Promise<void> => {
      for (let i = next++; i < ids.length; i = next++) {
        const id = ids[i] as string
        try {
          extracts[i] = await this.source.load(id)
          this.problems.delete(id)
        } catch (error) {
          this.problems.set(id, error instanceof Error ? error.message : String(error))
        }
      }
    }
    await Promise.all(Array.from({ length: READERS }, readNext))
    return extracts
  }

  private insert(sql: Sql, extract: DocumentExtract, stamp: string, counted: boolean): void {
    const doc = this.rows.insert(sql, extract, stamp, (entityId) => this.actorNames.get(entityId), !counted)
    this.stored.set(extract.documentId, { doc, outlet: extract.outlet, stamp })
    if (counted) this.aggregates.apply(sql, contributionOf(extract), 1)
  }

  private remove(sql: Sql, id: string, counted = true): void {
    const stored = this.stored.get(id)
    if (!stored) return
    if (counted) this.aggregates.apply(sql, storedContribution(sql, stored.doc, stored.outlet), -1)
    this.rows.remove(sql, stored.doc, id, !counted)
    this.stored.delete(id)
  }

  /** After a build's rows are in: the indexes, the counts, the actor names, and the mark that the file is whole. */
  private async finishBuild(sql: Sql): Promise<void> {
    sql.transaction(() => this.rows.keyBuild(sql))
    // One index at a time, with a turn of the event loop between: each blocks the process while SQLite sorts.
    for (const statement of INDEXES.split(';').map((s) => s.trim()).filter(Boolean)) {
      sql.exec(statement)
      await new Promise((resume) => setImmediate(resume))
      if (this.closed) throw new Error('The project was closed.')
    }
    sql.transaction(() => {
      this.rows.finishBuild(sql)
      this.aggregates = StoredAggregates.rebuild(sql)
      for (const [entity, name] of this.actorNames) sql.run('INSERT OR REPLACE INTO actor_names VALUES (?, ?)', [entity, name])
      sql.run("INSERT OR REPLACE INTO meta VALUES ('complete', '1')")
    })
  }

  /** Opens the file, or starts a new one when it is missing, of another version, unfinished or damaged. */
  private open(): Sql {
    rmSync(`${this.path}.lock`, { recursive: true, force: true })
    const trusted = this.openExisting()
    if (trusted) return (this.sql = trusted)
    this.deleteFiles()
    const sql = Sql.open(this.path)
    sql.exec(`PRAGMA user_version = ${STORED_VIEWS_VERSION}`)
    sql.exec(TABLES)
    sql.run("INSERT INTO meta VALUES ('collation', ?)", [COLLATION])
    this.stored = new Map()
    this.rows = new StoredRows()
    this.aggregates = new StoredAggregates()
    this.checked = false
    this.markOpen(sql)
    return (this.sql = sql)
  }

  private openExisting(): Sql | null {
    let sql: Sql | null = null
    try {
      sql = Sql.open(this.path)
      if (Number(sql.get('PRAGMA user_version')?.user_version) !== STORED_VIEWS_VERSION) throw new Error('another version')
      if (sql.get("SELECT value FROM meta WHERE key = 'complete'")?.value !== '1') throw new Error('never finished')
      // The Mentions view's order was made with this locale's collator: another locale orders otherwise.
      if (sql.get("SELECT value FROM meta WHERE key = 'collation'")?.value !== COLLATION) throw new Error('another collation')
      // Closed without a word (a crash, a kill): SQLite checks its pages before the file is trusted.
      if (sql.get("SELECT value FROM meta WHERE key = 'clean'")?.value !== '1' && sql.get('PRAGMA quick_check')?.quick_check !== 'ok') throw new Error('damaged')
      this.stored = new Map(sql.all('SELECT id, doc, outlet, stamp FROM documents').map((row) => [String(row.id), { doc: Number(row.doc), outlet: String(row.outlet), stamp: String(row.stamp) }]))
      this.aggregates = StoredAggregates.load(sql)
      this.rows.load(sql)
      this.actorNames = new Map(sql.all('SELECT entity, name_key FROM actor_names').map((row) => [String(row.entity), String(row.name_key)]))
      this.markOpen(sql)
      return sql
    } catch {
      sql?.close()
      return null
    }
  }

  private markOpen(sql: Sql): void {
    // A 32 MB page cache: the memory the index may hold, whatever the corpus's size.
    sql.exec('PRAGMA synchronous = FULL; PRAGMA cache_size = -32000')
    sql.run("INSERT OR REPLACE INTO meta VALUES ('clean', '0')")
  }

  /** Forgets the file (damaged under a read): the next read builds it again from the documents. */
  private discard(): void {
    try {
      this.sql?.close()
    } catch {
      // A damaged file may refuse even to close; it is deleted either way.
    }
    this.sql = null
    this.deleteFiles()
    this.stored = new Map()
    this.checked = false
    this.updating = Promise.resolve()
  }

  private deleteFiles(): void {
    for (const suffix of ['', '-journal', '.lock']) rmSync(`${this.path}${suffix}`, { recursive: true, force: true })
  }
}

function isSqliteError(error: unknown): boolean {
  return error instanceof Error && error.name === 'SQLite3Error'
}
