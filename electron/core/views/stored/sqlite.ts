import { createRequire } from 'node:module'
import type { Database as SqliteDatabase } from 'node-sqlite3-wasm'

type SqliteModule = { Database: typeof SqliteDatabase }
const SQLITE_MODULE = 'node-sqlite3-wasm'

/** A value SQLite stores or returns (no blobs are used by the index). */
export type SqlValue = string | number | null
export type SqlRow = Record<string, SqlValue>

/**
 * SQLite compiled to WebAssembly (node-sqlite3-wasm), reading and writing its file through Node's fs
 * page by page: nothing of the database is held in memory beyond SQLite's page cache. Loaded on first
 * use (a build worker, or the main thread opening a built file), so a process that never opens a corpus
 * view never instantiates the WebAssembly module.
 */
export class Sql {
  private readonly statements = new Map<string, ReturnType<SqliteDatabase['prepare']>>()

  private constructor(private readonly db: SqliteDatabase) {}

  static open(path: string): Sql {
    const { Database } = createRequire(import.meta.url)(SQLITE_MODULE) as SqliteModule
    return new Sql(new Database(path))
  }

  exec(sql: string): void {
    this.db.exec(sql)
  }

  run(sql: string, values: readonly SqlValue[] = []): number {
    return this.statement(sql).run([...values]).changes
  }

  all(sql: string, values: readonly SqlValue[] = []): SqlRow[] {
    return this.statement(sql).all([...values]) as SqlRow[]
  }

  get(sql: string, values: readonly SqlValue[] = []): SqlRow | undefined {
    return (this.statement(sql).get([...values]) as SqlRow | null) ?? undefined
  }

  /** Runs `work` in one transaction: all of it is on disk, or none of it. */
  transaction<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      const result = work()
      this.db.exec('COMMIT')
      return result
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK')
      throw error
    }
  }

  close(): void {
    for (const statement of this.statements.values()) statement.finalize()
    this.statements.clear()
    if (this.db.isOpen) this.db.close()
  }

  /** Prepared once per SQL text: the index runs a handful of statements many times. */
  private statement(sql: string): ReturnType<SqliteDatabase['prepare']> {
    let statement = this.statements.get(sql)
    if (!statement) {
      statement = this.db.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }
}
