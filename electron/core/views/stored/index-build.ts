import { rmSync } from 'node:fs'
import type { DocumentExtract } from '../extract'
import { StoredAggregates } from './aggregates'
import { INDEXES, STORED_VIEWS_VERSION, TABLES } from './schema'
import { readExtracts } from './read-extracts'
import { Sql } from './sqlite'
import { StoredRows } from './stored-rows'
import type { Reader } from '../../layers/blind-reads'

/** What a build is given: where the file goes, the documents to put in, and the entity names actors sort by. */
export interface IndexBuildRequest {
  /** The index file (`views-index.sqlite` in the project's folder). */
  path: string
  /** The project's folder, whose documents the build reads. */
  dir: string
  documentIds: readonly string[]
  /** Each entity's name as the Claims view sorts actors by it (`foldName`), by entity id. */
  actorNames: readonly (readonly [string, string])[]
  /** Whose view the extracts are taken for (blind mode: their own work on documents not done for them). */
  reader: Reader
}

/** How far a build has come: documents written of all. */
export interface IndexBuildProgress {
  documents: number
  total: number
}

export interface IndexBuildSource {
  /** The stamp of a document's files now, taken before it is read (a change after it then shows as another stamp). */
  stamp(id: string): string
  load(id: string): Promise<DocumentExtract>
}

/** The locale whose collator ordered the stored mentions (`localeCompare`'s, as the memory views); a worker has the process's. */
export const COLLATION = new Intl.Collator().resolvedOptions().locale

/** Documents extracted and written per transaction: the memory of a build stays that of one batch. */
const BATCH = 100

/** Deletes an index file and what SQLite keeps beside it (its journal, and the lock folder this build of SQLite uses). */
export function deleteIndexFiles(path: string): void {
  for (const suffix of ['', '-journal', '.lock']) rmSync(`${path}${suffix}`, { recursive: true, force: true })
}

/**
 * Builds the index file from nothing: every document's rows, then the indexes and the counts, and only
 * at the end the mark that the file is complete (a file without it is never trusted, so a build that
 * stops half way leaves nothing that is read). A document that cannot be read is left out; whoever
 * opens the file finds it missing and reads it again, saying why it cannot. `afterBatch` reports
 * progress after each batch of documents is written.
 */
export async function buildIndexFile(request: IndexBuildRequest, source: IndexBuildSource, afterBatch: (progress: IndexBuildProgress) => void): Promise<void> {
  deleteIndexFiles(request.path)
  const sql = Sql.open(request.path)
  try {
    sql.exec(`PRAGMA user_version = ${STORED_VIEWS_VERSION}`)
    sql.exec(TABLES)
    // Nothing needs to reach the disk before the end: an unfinished file is rebuilt, never repaired.
    sql.exec('PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY; PRAGMA cache_size = -32000')
    const actorNames = new Map(request.actorNames)
    const rows = new StoredRows()
    const ids = request.documentIds
    for (let from = 0; from < ids.length; from += BATCH) {
      const batch = ids.slice(from, from + BATCH)
      const stamps = batch.map((id) => source.stamp(id))
      // A document that cannot be read is left out: the main thread, finding it missing, reads it again and says why.
      const extracts = await readExtracts(batch, (id) => source.load(id), () => undefined)
      sql.transaction(() => {
        extracts.forEach((extract, i) => {
          if (extract) rows.insert(sql, extract, stamps[i] ?? '', (entityId) => actorNames.get(entityId), true)
        })
      })
      afterBatch({ documents: from + batch.length, total: ids.length })
    }
    // The documents' order keys, short and evenly spaced, before the indexes that hold them are made.
    sql.transaction(() => rows.keyBuild(sql))
    sql.exec(INDEXES)
    // From here each commit is synced: the pages written so far reach the disk before the mark that trusts them.
    sql.exec('PRAGMA synchronous = FULL; PRAGMA journal_mode = DELETE')
    sql.transaction(() => {
      rows.finishBuild(sql)
      StoredAggregates.rebuild(sql)
      for (const [entity, name] of actorNames) sql.run('INSERT OR REPLACE INTO actor_names VALUES (?, ?)', [entity, name])
    })
    sql.transaction(() => {
      sql.run("INSERT OR REPLACE INTO meta VALUES ('collation', ?)", [COLLATION])
      sql.run("INSERT OR REPLACE INTO meta VALUES ('complete', '1')")
      // Closed by this build: the main thread opens it without a page check.
      sql.run("INSERT OR REPLACE INTO meta VALUES ('clean', '1')")
    })
  } finally {
    sql.close()
  }
}

/**
 * Whether SQLite finds every page of the file sound (`PRAGMA quick_check`): for a file not closed cleanly.
 * It reads the whole file (a minute at 100,000 articles under load), so the app runs it in the worker.
 */
export function indexFileSound(path: string): boolean {
  let sql: Sql | null = null
  try {
    sql = Sql.open(path)
    return sql.get('PRAGMA quick_check')?.quick_check === 'ok'
  } catch {
    return false
  } finally {
    sql?.close()
  }
}

/** What the index worker is asked: build the file, or check the pages of one not closed cleanly. */
export type IndexWorkerRequest = ({ kind: 'build' } & IndexBuildRequest) | { kind: 'check'; path: string }

/** What the index worker tells the main thread. */
export type IndexBuildReply =
  | ({ kind: 'progress' } & IndexBuildProgress)
  | { kind: 'done' }
  | { kind: 'checked'; sound: boolean }
  | { kind: 'failed'; message: string }
